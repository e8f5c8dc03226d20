using SecretGuard.Testing;

namespace SecretGuard.Git.Tests;

/// <summary>Real-format secrets generated at test time (never committed).</summary>
internal static class TestSecrets
{
    /// <summary>A GitHub-format personal access token with a valid checksum.</summary>
    public static string GitHubToken() => GeneratedSecrets.GitHubToken();
}

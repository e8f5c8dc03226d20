using SecretGuard.Testing;

namespace SecretGuard.Cli.Tests.Support;

/// <summary>Real-format secrets generated at run time (never committed).</summary>
public static class TestSecrets
{
    /// <summary>A GitHub personal access token with a valid checksum.</summary>
    public static string GitHubToken() => GeneratedSecrets.GitHubToken();

    public static string Random(int length) => GeneratedSecrets.Random(length);
}

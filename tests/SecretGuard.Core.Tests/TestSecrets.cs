using SecretGuard.Testing;

namespace SecretGuard.Core.Tests;

/// <summary>Real-format secrets generated at test time, so none is ever committed (seeded, reproducible).</summary>
internal static class TestSecrets
{
    public static string Random(int length, int seed, string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") => GeneratedSecrets.Random(length, seed, alphabet);

    /// <summary>A GitHub personal access token with a valid CRC32 checksum.</summary>
    public static string GitHubToken(int seed = 1) => GeneratedSecrets.GitHubToken(seed);
}

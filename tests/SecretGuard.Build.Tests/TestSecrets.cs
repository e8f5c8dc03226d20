using System.Security.Cryptography;
using SecretGuard.Testing;

namespace SecretGuard.Build.Tests;

/// <summary>Real-format secrets generated at test time (never committed).</summary>
internal static class TestSecrets
{
    /// <summary>A GitHub-format personal access token with a valid checksum.</summary>
    public static string GitHubToken() => GeneratedSecrets.GitHubToken();

    /// <summary>A PEM private key block's text (structure only; the body is random base64).</summary>
    public static string PemPrivateKey() =>
        "-----BEGIN " + "RSA PRIVATE KEY-----\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)) + "\n-----END " + "RSA PRIVATE KEY-----\n";
}

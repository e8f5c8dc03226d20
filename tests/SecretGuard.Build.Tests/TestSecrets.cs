using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Build.Tests;

/// <summary>Real-format secrets generated at test time (never committed).</summary>
internal static class TestSecrets
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A GitHub-format personal access token with a valid checksum.</summary>
    public static string GitHubToken()
    {
        var random = new char[30];
        for (var i = 0; i < random.Length; i++)
        {
            random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return PrefixedCrc32TokenValidator.AppendChecksum("gh" + "p_", new string(random));
    }

    /// <summary>A PEM private key block's text (structure only; the body is random base64).</summary>
    public static string PemPrivateKey() =>
        "-----BEGIN " + "RSA PRIVATE KEY-----\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)) + "\n-----END " + "RSA PRIVATE KEY-----\n";
}

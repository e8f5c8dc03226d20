using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.EndToEnd.Tests;

/// <summary>Real-format secrets generated at test time (never committed).</summary>
internal static class TestSecrets
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A GitHub-format personal access token with a valid checksum.</summary>
    public static string GitHubToken() => PrefixedCrc32TokenValidator.AppendChecksum("gh" + "p_", Random(30));

    /// <summary>A Stripe live secret key (<c>sk_live_</c> + 24..247 alphanumerics; catalog rule <c>stripe-secret-key</c>).</summary>
    public static string StripeLiveKey() => "sk_" + "live_" + Random(32);

    private static string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}

using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Git.Tests;

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
}

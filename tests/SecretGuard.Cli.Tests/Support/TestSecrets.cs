using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Cli.Tests.Support;

/// <summary>Real-format secrets generated at run time (never committed).</summary>
public static class TestSecrets
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A GitHub personal access token with a valid checksum.</summary>
    public static string GitHubToken() => PrefixedCrc32TokenValidator.AppendChecksum("ghp_", Random(30));

    public static string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}

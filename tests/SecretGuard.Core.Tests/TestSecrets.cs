using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests;

/// <summary>Real-format secrets generated at test time, so none is ever committed.</summary>
internal static class TestSecrets
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Random(int length, int seed, string alphabet = Alnum)
    {
        var random = new Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A GitHub personal access token with a valid CRC32 checksum.</summary>
    public static string GitHubToken(int seed = 1) => PrefixedCrc32TokenValidator.AppendChecksum("ghp_", Random(30, seed));
}

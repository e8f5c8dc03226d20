using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Testing;

/// <summary>
/// Real-format secrets generated at test time, so none is ever committed. One copy for every test project
/// (linked by <c>tests/Directory.Build.props</c>); each project's <c>TestSecrets</c> adds only what it alone needs.
/// </summary>
internal static class GeneratedSecrets
{
    /// <summary><paramref name="length"/> base62 characters from the CSPRNG.</summary>
    public static string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Base62.Alphabet[RandomNumberGenerator.GetInt32(Base62.Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Reproducible characters for tests that pin a value down by seed.</summary>
    public static string Random(int length, int seed, string alphabet = Base62.Alphabet)
    {
        var random = new Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A GitHub personal access token (classic) with a valid checksum; the prefix is assembled so this file scans clean.</summary>
    public static string GitHubToken() => PrefixedCrc32TokenValidator.AppendChecksum("gh" + "p_", Random(30));

    /// <summary>The same, reproducible by seed.</summary>
    public static string GitHubToken(int seed) => PrefixedCrc32TokenValidator.AppendChecksum("gh" + "p_", Random(30, seed));
}

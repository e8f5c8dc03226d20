using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Keystore.Keys;

/// <summary>Short public entry ids: 8 base62 characters from the CSPRNG (about 47 bits).</summary>
public static class EntryId
{
    public const int Length = 8;

    public static string New(Func<string, bool> isTaken)
    {
        while (true)
        {
            var id = RandomNumberGenerator.GetString(Base62.Alphabet, Length);
            if (!isTaken(id))
            {
                return id;
            }
        }
    }

    public static bool IsWellFormed(ReadOnlySpan<char> id)
    {
        if (id.Length != Length)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Security.Cryptography;
using SecretGuard.Core.Validation;

namespace SecretGuard.Keystore.Keys;

/// <summary>
/// SecretGuard API keys: <c>&lt;prefix&gt;_&lt;keyid&gt;_&lt;random&gt;&lt;checksum&gt;</c>, e.g. <c>sgk_ab12CD34_…</c>.
/// The prefix makes a leaked key recognisable, the 8-character key id is public and indexes the store, the
/// 32 base62 random characters (~190 bits, CSPRNG) are the secret, and the last 6 base62 characters are the
/// CRC-32 of <c>keyid_random</c> (GitHub's token checksum scheme), so scanners can reject typos offline.
/// </summary>
public static class ApiKeyFormat
{
    public const string DefaultPrefix = "sgk";
    public const int RandomLength = 32;
    public const int ChecksumLength = 6;

    public static string Create(string prefix, string keyId)
    {
        var random = RandomNumberGenerator.GetString(Base62.Alphabet, RandomLength);
        var withChecksum = PrefixedCrc32TokenValidator.AppendChecksum(string.Empty, keyId + "_" + random);
        return prefix + "_" + withChecksum;
    }

    /// <summary>True when <paramref name="prefix"/> is 2 to 16 lower-case letters or digits, starting with a letter.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length is < 2 or > 16 || !char.IsAsciiLetterLower(prefix[0]))
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a key into its key id and reports whether its structure and checksum are right.</summary>
    public static ApiKeyParse Parse(string value, out string keyId)
    {
        var result = Parse(value.AsSpan(), out var id);
        keyId = result == ApiKeyParse.NotAnApiKey ? string.Empty : id.ToString();
        return result;
    }

    /// <summary>Allocation-free form of <see cref="Parse(string, out string)"/>: <paramref name="keyId"/> is a slice of <paramref name="value"/>.</summary>
    public static ApiKeyParse Parse(ReadOnlySpan<char> value, out ReadOnlySpan<char> keyId)
    {
        keyId = default;
        var tailLength = EntryId.Length + 1 + RandomLength + ChecksumLength;
        var bodyStart = value.Length - tailLength;
        if (bodyStart < 3 || value[bodyStart - 1] != '_' || value[bodyStart + EntryId.Length] != '_')
        {
            return ApiKeyParse.NotAnApiKey;
        }

        var prefix = value[..(bodyStart - 1)];
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return ApiKeyParse.NotAnApiKey;
            }
        }

        var id = value.Slice(bodyStart, EntryId.Length);
        var random = value[(bodyStart + EntryId.Length + 1)..];
        if (!EntryId.IsWellFormed(id) || !IsBase62(random))
        {
            return ApiKeyParse.NotAnApiKey;
        }

        keyId = id;
        var checksummed = value.Slice(bodyStart, EntryId.Length + 1 + RandomLength);
        return TokenChecksum.Matches(checksummed, value[(bodyStart + EntryId.Length + 1 + RandomLength)..]) ? ApiKeyParse.Valid : ApiKeyParse.BadChecksum;
    }

    private static bool IsBase62(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

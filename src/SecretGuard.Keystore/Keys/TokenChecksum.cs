using SecretGuard.Core.Validation;

namespace SecretGuard.Keystore.Keys;

/// <summary>
/// The 6-character base62 CRC-32 (IEEE) checksum of API keys, computed over a span without allocating (verify's
/// hot path). Produces the same digits as <see cref="PrefixedCrc32TokenValidator.AppendChecksum"/>.
/// </summary>
internal static class TokenChecksum
{
    public const int Length = 6;

    private static readonly uint[] Table = BuildTable();

    public static bool Matches(ReadOnlySpan<char> body, ReadOnlySpan<char> checksum)
    {
        if (checksum.Length != Length)
        {
            return false;
        }

        var value = Compute(body);
        for (var i = Length - 1; i >= 0; i--)
        {
            if (checksum[i] != Base62.Alphabet[(int)(value % 62)])
            {
                return false;
            }

            value /= 62;
        }

        return true;
    }

    private static uint Compute(ReadOnlySpan<char> ascii)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in ascii)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}

using System;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// The 6-digit base62 CRC-32 checksum that GitHub-style tokens end with (GitHub, npm, SecretGuard keystore
    /// keys). Allocation-free, so the keystore's verify hot path uses it too.
    /// </summary>
    public static class TokenChecksum
    {
        public const int Length = 6;

        /// <summary><paramref name="prefix"/> + <paramref name="body"/> + the checksum of <paramref name="body"/>.</summary>
        public static string Append(string prefix, string body) => prefix + body + Base62.Encode(Crc32.Compute(body.AsSpan()), Length);

        /// <summary>True when <paramref name="checksum"/> is the checksum of <paramref name="body"/>.</summary>
        public static bool Matches(ReadOnlySpan<char> body, ReadOnlySpan<char> checksum)
        {
            if (checksum.Length != Length)
            {
                return false;
            }

            var value = Crc32.Compute(body);
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
    }
}

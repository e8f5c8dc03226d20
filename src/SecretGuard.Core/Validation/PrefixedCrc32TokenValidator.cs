using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// Tokens in GitHub's format (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>) and npm's
    /// (<c>npm_</c>): prefix, 30 random base62 characters, then the CRC-32 of those 30 characters in 6 base62 digits.
    /// </summary>
    public sealed class PrefixedCrc32TokenValidator : ISecretValidator
    {
        private const int RandomLength = 30;
        private const int ChecksumLength = 6;

        public PrefixedCrc32TokenValidator(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary>Builds a token with a valid checksum (used by tests and the keystore's key generator).</summary>
        public static string AppendChecksum(string prefix, string random30)
        {
            var checksum = Crc32.Compute(random30, 0, random30.Length);
            return prefix + random30 + Base62.Encode(checksum, ChecksumLength);
        }

        public ValidationStatus Validate(string secret)
        {
            var underscore = secret.IndexOf('_');
            if (underscore < 0 || secret.Length != underscore + 1 + RandomLength + ChecksumLength)
            {
                return ValidationStatus.NotChecked;
            }

            var body = underscore + 1;
            var expected = Base62.Encode(Crc32.Compute(secret, body, RandomLength), ChecksumLength);
            return string.CompareOrdinal(secret, body + RandomLength, expected, 0, ChecksumLength) == 0
                ? ValidationStatus.Valid
                : ValidationStatus.Invalid;
        }
    }
}

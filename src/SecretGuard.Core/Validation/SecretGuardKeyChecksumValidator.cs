using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// API keys issued by the SecretGuard keystore: <c>prefix_</c> + 8-character key id + <c>_</c> + 32 random
    /// base62 characters + the CRC-32 of "keyid_random" in 6 base62 digits.
    /// </summary>
    public sealed class SecretGuardKeyChecksumValidator : ISecretValidator
    {
        private const int BodyLength = 8 + 1 + 32;
        private const int ChecksumLength = 6;

        public string Name => "secretguard-key-checksum";

        public ValidationStatus Validate(string secret)
        {
            var underscore = secret.IndexOf('_');
            if (underscore < 0 || secret.Length != underscore + 1 + BodyLength + ChecksumLength)
            {
                return ValidationStatus.NotChecked;
            }

            var body = underscore + 1;
            var expected = Base62.Encode(Crc32.Compute(secret, body, BodyLength), ChecksumLength);
            return string.CompareOrdinal(secret, body + BodyLength, expected, 0, ChecksumLength) == 0
                ? ValidationStatus.Valid
                : ValidationStatus.Invalid;
        }
    }
}

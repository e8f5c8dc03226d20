using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>AWS access key ids: a 4-letter prefix (AKIA, ASIA, ABIA, ACCA, A3T…) and 16 base32 characters (A-Z, 2-7).</summary>
    public sealed class AwsAccessKeyIdValidator : ISecretValidator
    {
        public string Name => "aws-access-key-id";

        public ValidationStatus Validate(string secret)
        {
            if (secret.Length != 20)
            {
                return ValidationStatus.Invalid;
            }

            for (var i = 4; i < 20; i++)
            {
                var c = secret[i];
                var base32 = (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
                if (!base32)
                {
                    return ValidationStatus.Invalid;
                }
            }

            return ValidationStatus.Valid;
        }
    }
}

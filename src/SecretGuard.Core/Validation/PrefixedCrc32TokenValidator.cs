using System;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// Tokens made of a prefix, <c>_</c>, a fixed-length body and the body's <see cref="TokenChecksum"/>:
    /// GitHub's (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>) and npm's (<c>npm_</c>) with a
    /// 30-character body, SecretGuard keystore keys (<c>sgk_</c> + key id + <c>_</c> + 32 random) with 41.
    /// </summary>
    public sealed class PrefixedCrc32TokenValidator : ISecretValidator
    {
        private readonly int bodyLength;

        public PrefixedCrc32TokenValidator(string name, int bodyLength = 30)
        {
            Name = name;
            this.bodyLength = bodyLength;
        }

        public string Name { get; }

        /// <summary>Builds a token with a valid checksum (used by tests and the keystore's key generator).</summary>
        public static string AppendChecksum(string prefix, string body) => TokenChecksum.Append(prefix, body);

        public ValidationStatus Validate(string secret)
        {
            var underscore = secret.IndexOf('_');
            if (underscore < 0 || secret.Length != underscore + 1 + bodyLength + TokenChecksum.Length)
            {
                return ValidationStatus.NotChecked;
            }

            var body = secret.AsSpan(underscore + 1, bodyLength);
            return TokenChecksum.Matches(body, secret.AsSpan(underscore + 1 + bodyLength)) ? ValidationStatus.Valid : ValidationStatus.Invalid;
        }
    }
}

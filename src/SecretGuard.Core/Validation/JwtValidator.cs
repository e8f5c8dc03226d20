using System;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>A JWT whose header decodes to JSON with an <c>alg</c> and whose payload decodes to a JSON object.</summary>
    public sealed class JwtValidator : ISecretValidator
    {
        public string Name => "jwt";

        public ValidationStatus Validate(string secret)
        {
            var parts = secret.Split('.');
            if (parts.Length < 2)
            {
                return ValidationStatus.Invalid;
            }

            var header = Base64Url.TryDecode(parts[0]);
            var payload = Base64Url.TryDecode(parts[1]);
            if (header is null || payload is null)
            {
                return ValidationStatus.Invalid;
            }

            var headerText = Encoding.UTF8.GetString(header).Trim();
            var payloadText = Encoding.UTF8.GetString(payload).Trim();
            var headerOk = headerText.StartsWith("{", StringComparison.Ordinal) && headerText.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0;
            var payloadOk = payloadText.StartsWith("{", StringComparison.Ordinal) && payloadText.EndsWith("}", StringComparison.Ordinal);
            return headerOk && payloadOk ? ValidationStatus.Valid : ValidationStatus.Invalid;
        }
    }
}

using System;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// Prefixed tokens whose body is base64 of a JSON object: 1Password service-account tokens (<c>ops_</c>),
    /// Grafana Cloud tokens (<c>glc_</c>), Sentry organization tokens (<c>sntrys_…_signature</c>).
    /// </summary>
    public sealed class Base64JsonPayloadValidator : ISecretValidator
    {
        public string Name => "base64-json-payload";

        public ValidationStatus Validate(string secret)
        {
            var underscore = secret.IndexOf('_');
            if (underscore < 0 || underscore == secret.Length - 1)
            {
                return ValidationStatus.NotChecked;
            }

            var body = secret.Substring(underscore + 1);
            if (IsJsonObject(body))
            {
                return ValidationStatus.Valid;
            }

            // A trailing _signature (Sentry) follows the payload.
            var last = body.LastIndexOf('_');
            return last > 0 && IsJsonObject(body.Substring(0, last)) ? ValidationStatus.Valid : ValidationStatus.Invalid;
        }

        private static bool IsJsonObject(string base64)
        {
            var bytes = Base64Url.TryDecode(base64.TrimEnd('='));
            if (bytes is null)
            {
                return false;
            }

            var text = Encoding.UTF8.GetString(bytes).TrimStart();
            return text.StartsWith("{\"", StringComparison.Ordinal);
        }
    }
}

using System;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>The value of an HTTP <c>Authorization: Basic</c> header: base64 of printable <c>user:password</c> text.</summary>
    public sealed class BasicAuthCredentialsValidator : ISecretValidator
    {
        public string Name => "basic-auth";

        public ValidationStatus Validate(string secret)
        {
            var bytes = Base64Url.TryDecode(secret);
            if (bytes is null)
            {
                return ValidationStatus.Invalid;
            }

            var text = Encoding.UTF8.GetString(bytes);
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon == text.Length - 1)
            {
                return ValidationStatus.Invalid;
            }

            foreach (var c in text)
            {
                if (char.IsControl(c) || c == '\uFFFD')
                {
                    return ValidationStatus.Invalid;
                }
            }

            return ValidationStatus.Valid;
        }
    }
}

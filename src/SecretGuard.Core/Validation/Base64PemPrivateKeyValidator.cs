using System;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>Base64 of a PEM private key block (Kubernetes secrets, kubeconfig <c>client-key-data</c>): decodes, then parses as PEM.</summary>
    public sealed class Base64PemPrivateKeyValidator : ISecretValidator
    {
        private readonly PemPrivateKeyValidator pem = new PemPrivateKeyValidator();

        public string Name => "base64-pem-private-key";

        public ValidationStatus Validate(string secret)
        {
            var bytes = Base64Url.TryDecode(secret.TrimEnd('='));
            if (bytes is null)
            {
                return ValidationStatus.Invalid;
            }

            var text = Encoding.UTF8.GetString(bytes);
            return text.IndexOf("-----BEGIN", StringComparison.Ordinal) < 0 ? ValidationStatus.Invalid : pem.Validate(text);
        }
    }
}

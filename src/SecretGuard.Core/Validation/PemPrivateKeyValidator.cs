using System;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>
    /// A PEM private key block whose base64 body decodes to a DER SEQUENCE (0x30) of the stated length.
    /// OpenSSH and PGP armoured keys decode to their own magic; encrypted PEM headers are accepted as-is.
    /// </summary>
    public sealed class PemPrivateKeyValidator : ISecretValidator
    {
        public string Name => "pem-private-key";

        public ValidationStatus Validate(string secret)
        {
            var begin = secret.IndexOf("-----BEGIN", StringComparison.Ordinal);
            if (begin < 0)
            {
                return ValidationStatus.NotChecked;
            }

            var headerEnd = secret.IndexOf("-----", begin + 10, StringComparison.Ordinal);
            var footer = secret.IndexOf("-----END", begin + 10, StringComparison.Ordinal);
            if (headerEnd < 0 || footer < 0 || footer <= headerEnd)
            {
                return ValidationStatus.Invalid;
            }

            var body = new StringBuilder();
            var lines = secret.Substring(headerEnd + 5, footer - headerEnd - 5).Split('\n');
            foreach (var raw in lines)
            {
                var line = StripQuoting(raw);
                if (line.Length == 0 || line.IndexOf(':') >= 0 || line.StartsWith("=", StringComparison.Ordinal))
                {
                    // Empty lines, Proc-Type/DEK-Info headers and PGP checksums carry no key body.
                    continue;
                }

                body.Append(line);
            }

            if (body.Length < 40)
            {
                return ValidationStatus.Invalid;
            }

            byte[] der;
            try
            {
                var text = body.ToString();
                var padding = (4 - (text.Length % 4)) % 4;
                der = Convert.FromBase64String(text + new string('=', padding == 3 ? 0 : padding));
            }
            catch (FormatException)
            {
                return ValidationStatus.Invalid;
            }

            if (secret.IndexOf("OPENSSH PRIVATE KEY", StringComparison.Ordinal) >= 0)
            {
                return StartsWith(der, "openssh-key-v1") ? ValidationStatus.Valid : ValidationStatus.Invalid;
            }

            if (secret.IndexOf("PGP PRIVATE KEY", StringComparison.Ordinal) >= 0)
            {
                return der.Length > 16 ? ValidationStatus.Valid : ValidationStatus.Invalid;
            }

            return der.Length > 16 && der[0] == 0x30 ? ValidationStatus.Valid : ValidationStatus.Invalid;
        }

        /// <summary>
        /// Removes what source code wraps around a key line (quotes, commas, <c>\n</c> escapes, a <c>+</c>
        /// concatenation operator) without touching the base64 itself, where <c>+</c> is a digit.
        /// </summary>
        private static string StripQuoting(string raw)
        {
            var line = raw.Trim();
            if (line.Length > 1 && line[line.Length - 1] == '+' && IsOperatorNeighbour(line[line.Length - 2]))
            {
                line = line.Substring(0, line.Length - 1).TrimEnd();
            }

            if (line.Length > 1 && line[0] == '+' && IsOperatorNeighbour(line[1]))
            {
                line = line.Substring(1).TrimStart();
            }

            return line.Trim('"', '\'', ',', ';').Replace("\\n", string.Empty).Trim();
        }

        private static bool IsOperatorNeighbour(char c) => c == ' ' || c == '\t' || c == '"' || c == '\'';

        private static bool StartsWith(byte[] data, string magic)
        {
            if (data.Length < magic.Length)
            {
                return false;
            }

            for (var i = 0; i < magic.Length; i++)
            {
                if (data[i] != magic[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

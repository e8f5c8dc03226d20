using System;
using System.Security.Cryptography;
using System.Text;

namespace SecretGuard.Core.Findings
{
    /// <summary>
    /// Line-independent, one-way finding ids: <c>ruleId:hex</c> where hex is 128 bits of
    /// SHA-256 over a domain tag, the rule id, the normalised path and the secret.
    /// </summary>
    public static class FindingFingerprint
    {
        private const string DomainTag = "secretguard-fingerprint-v1";

        public static string Compute(string ruleId, string path, string secret)
        {
            var material = DomainTag + "\0" + ruleId + "\0" + NormalizePath(path) + "\0" + secret;
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(material));
            }

            var builder = new StringBuilder(ruleId.Length + 1 + 32);
            builder.Append(ruleId).Append(':');
            for (var i = 0; i < 16; i++)
            {
                builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>Forward slashes, no leading <c>./</c>, so Windows and Linux agree.</summary>
        public static string NormalizePath(string path)
        {
            var normalized = path.Replace('\\', '/');
            while (normalized.StartsWith("./", StringComparison.Ordinal))
            {
                normalized = normalized.Substring(2);
            }

            return normalized;
        }
    }
}

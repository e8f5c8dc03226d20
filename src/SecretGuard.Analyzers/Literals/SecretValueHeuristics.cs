using System;
using System.Text.RegularExpressions;
using SecretGuard.Core.Detection;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Decides whether a literal assigned to a secret-named target is plausibly a real secret rather than
    /// a label, a placeholder, an environment-variable or configuration-key name, a path, a GUID or a public key.
    /// </summary>
    internal static class SecretValueHeuristics
    {
        public const int MinimumLength = 6;

        private static readonly Regex Guid = new Regex(@"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$", RegexOptions.CultureInvariant);
        private static readonly Regex EnvironmentVariableName = new Regex(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex ConfigurationKey = new Regex(@"^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)+$|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$", RegexOptions.CultureInvariant);
        private static readonly Regex FilePath = new Regex(@"^[\w.~:\\/-]*[\\/][\w.~\\/-]*$|^[\w.-]+\.(?:pfx|p12|pem|key|crt|cer|snk|json|xml|txt|config|env|ya?ml)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex SingleWord = new Regex(@"^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$", RegexOptions.CultureInvariant);

        private static readonly string[] PublicKeyPrefixes =
        {
            "-----BEGIN PUBLIC KEY", "-----BEGIN RSA PUBLIC KEY", "-----BEGIN CERTIFICATE", "-----BEGIN PGP PUBLIC", "ssh-rsa ",
            "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "pk_live_", "pk_test_", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A",
        };

        /// <summary>True when <paramref name="value"/> should be reported as a hardcoded secret.</summary>
        public static bool LooksLikeSecret(string value, double minEntropy)
        {
            var trimmed = value.Trim();
            if (trimmed.Length < MinimumLength)
            {
                return false;
            }

            if (IsNaturalLanguage(trimmed) || IsPublicKey(trimmed) || trimmed.IndexOf("{0}", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            if (Guid.IsMatch(trimmed) || EnvironmentVariableName.IsMatch(trimmed) || ConfigurationKey.IsMatch(trimmed) || FilePath.IsMatch(trimmed) || SingleWord.IsMatch(trimmed))
            {
                return false;
            }

            if (PlaceholderDetector.IsGenericNonSecret(trimmed))
            {
                return false;
            }

            return ShannonEntropy.Compute(trimmed) >= minEntropy;
        }

        private static bool IsNaturalLanguage(string value)
        {
            // Passwords rarely contain spaces; prompts, labels and messages always do.
            if (value.IndexOf(' ') >= 0)
            {
                return true;
            }

            var last = value[value.Length - 1];
            return last == ':' || last == '?' || last == '!' && value.Length > 1 && char.IsLetter(value[value.Length - 2]) && SingleWord.IsMatch(value.Substring(0, value.Length - 1));
        }

        private static bool IsPublicKey(string value)
        {
            foreach (var prefix in PublicKeyPrefixes)
            {
                if (value.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return value.StartsWith("<RSAKeyValue>", StringComparison.Ordinal) && value.IndexOf("<D>", StringComparison.Ordinal) < 0;
        }
    }
}

using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Recognises values that stand for a secret rather than being one: template variables
    /// (<c>${VAR}</c>, <c>{{ .Values.x }}</c>, <c>%(x)s</c>, <c>$(VAR)</c>, <c>#{x}</c>), angle-bracket slots
    /// (<c>&lt;token&gt;</c>), masks (<c>xxxx</c>, <c>****</c>), documentation example keys and words such as
    /// <c>changeme</c> or <c>YOUR_API_KEY</c>.
    /// </summary>
    public static class PlaceholderDetector
    {
        private static readonly string[] DocumentationExamples =
        {
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            "AKIAI44QH8DHBEXAMPLE",
            "ASIAIOSFODNN7EXAMPLE",
        };

        // Words that, inside a value, mark it as a stand-in. Checked case-insensitively.
        private static readonly string[] PlaceholderWords =
        {
            "example", "placeholder", "changeme", "change_me", "change-me", "your_", "your-", "yourapikey",
            "yourpassword", "yoursecret", "yourtoken", "insert_", "insert-", "replace_me", "replaceme", "redacted",
            "dummy", "mock", "foobar", "lorem", "todo", "fixme", "notreal", "not_real", "not-a-", "fake", "sample",
            "<your", "enter_", "enter-your", "put_your", "my_secret", "mysecret", "mypassword", "my_password",
            "secret_here", "key_here", "token_here", "password_here", "replace_with", "replace-with", "replacewith",
            "xmpl", "xxxxx", "*****", "....",
        };

        // A value that still holds this much random-looking text once its placeholder words are removed is a
        // real-format credential that happens to contain such a word (e.g. "...Example..." inside a token).
        private const int RandomResidueMinimumLength = 16;
        private const double RandomResidueMinimumEntropy = 3.0;

        // Values generic rules see constantly in code that are not credentials.
        private static readonly string[] NonSecretWords =
        {
            "password", "passwd", "secret", "token", "apikey", "api_key", "undefined", "null", "none", "true",
            "false", "string", "default", "value", "test", "testing", "admin", "root", "user", "guest", "pass",
            "1234", "12345", "123456", "qwerty", "letmein", "secret123", "password123", "p@ssw0rd", "hunter2",
        };

        private static readonly Regex TemplatePattern = new Regex(
            @"^\s*(?:\$\{[^}]*\}|\{[A-Za-z_][\w.:-]{0,60}\}|\{[0-9]{1,3}(?:[,:][^}]{0,20})?\}|\$\([^)]*\)|\{\{.*\}\}|\{%.*%\}|%\([^)]*\)[sd]|#\{[^}]*\}|<%=?.*%>|@@?[A-Za-z_][\w.]*@?@?|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{1,60}>|\[[A-Za-z_ -]{1,40}\]|process\.env\.\w+|os\.environ.*|Environment\.GetEnvironmentVariable.*|env\(.*\))\s*$",
            RegexOptions.CultureInvariant);

        private static readonly Regex EmbeddedTemplatePattern = new Regex(
            @"\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}|\$\([A-Za-z_][\w.]{0,60}\)|<[A-Za-z_][\w -]{0,40}>|%[A-Z_]{2,40}%",
            RegexOptions.CultureInvariant);

        // Code rather than a literal value: member access such as self.password or config.Secrets.ApiKey.
        private static readonly Regex CodeReferencePattern = new Regex(
            @"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$",
            RegexOptions.CultureInvariant);

        // Short lower-case hex strings are hashes, ids and abbreviated commits far more often than credentials.
        private static readonly Regex ShortHexPattern = new Regex("^[0-9a-f]{6,19}$", RegexOptions.CultureInvariant);

        // Dates and timestamps (PasswordLastUsed, token_expires_at, ...).
        private static readonly Regex TimestampPattern = new Regex(
            @"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
            RegexOptions.CultureInvariant);

        // Names without digits or symbols: login-password-input, user_token, passwordField, ISecretValidator,
        // HTMLTokenizer (words of two or more lower-case letters, unlike random mixed-case text).
        // Words joined to a number: ids, names and versions such as shipment-7251, order_2024, release-1.4.2, v2-build-17.
        // Each part is a plain word (lower, UPPER or Capitalised) or a plain number, never a random mix.
        private static readonly Regex WordsAndNumbersPattern = new Regex(
            @"^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+|[0-9]+)(?:[-_./:](?:[a-z]+|[A-Z]+|[A-Z][a-z]+|[0-9]+))+$",
            RegexOptions.CultureInvariant);

        private static readonly Regex IdentifierPattern = new Regex(
            @"^_*(?:[A-Za-z]+(?:[-_./][A-Za-z]*)+|(?:[A-Z]+[a-z]+|[a-z]{2,})(?:[A-Z]+[a-z]{2,})*[A-Z]*)$",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// True for values no rule should report: templates, masks, documentation keys, and values holding a
        /// placeholder word unless at least 16 random-looking characters remain once those words are removed
        /// (a real-format token such as <c>dckr_pat_Example…</c> is still a token).
        /// </summary>
        public static bool IsPlaceholder(string value)
        {
            if (value.Length == 0)
            {
                return true;
            }

            foreach (var example in DocumentationExamples)
            {
                if (value.IndexOf(example, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            if (IsRepetitive(value))
            {
                return true;
            }

            if (TemplatePattern.IsMatch(value) || EmbeddedTemplatePattern.IsMatch(value))
            {
                return true;
            }

            return ContainsPlaceholderWord(value) && !HasRandomResidue(value);
        }

        /// <summary>
        /// Stricter check for generic (name-based) rules: also rejects bare words such as <c>password</c>
        /// or <c>admin</c> and values that look like sentences, identifiers or file paths.
        /// </summary>
        public static bool IsGenericNonSecret(string value)
        {
            // Name-based rules have no format to vouch for the value, so any placeholder word disqualifies it.
            if (IsPlaceholder(value) || ContainsPlaceholderWord(value))
            {
                return true;
            }

            var trimmed = value.Trim();
            foreach (var word in NonSecretWords)
            {
                if (string.Equals(trimmed, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // Natural-language text: several space-separated words.
            if (trimmed.IndexOf(' ') >= 0)
            {
                var words = trimmed.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 3)
                {
                    return true;
                }
            }

            // Paths, urls without credentials and resource names (arn:aws:iam::…, urn:…).
            if (trimmed.StartsWith("/", StringComparison.Ordinal) || trimmed.StartsWith("./", StringComparison.Ordinal) || trimmed.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("arn:", StringComparison.Ordinal) || trimmed.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Code, names and short hex ids rather than credentials.
            if (CodeReferencePattern.IsMatch(trimmed) || IdentifierPattern.IsMatch(trimmed) || WordsAndNumbersPattern.IsMatch(trimmed) || ShortHexPattern.IsMatch(trimmed) || TimestampPattern.IsMatch(trimmed))
            {
                return true;
            }

            return false;
        }

        private static bool ContainsPlaceholderWord(string value)
        {
            foreach (var word in PlaceholderWords)
            {
                if (value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasRandomResidue(string value)
        {
            var residue = value;
            foreach (var word in PlaceholderWords)
            {
                int index;
                while ((index = residue.IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    residue = residue.Remove(index, word.Length);
                }
            }

            var letters = new StringBuilder(residue.Length);
            foreach (var c in residue)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters.Append(c);
                }
            }

            var text = letters.ToString();
            return text.Length >= RandomResidueMinimumLength
                && !IsRepetitive(text)
                && ShannonEntropy.Compute(text) >= RandomResidueMinimumEntropy;
        }

        private static bool IsRepetitive(string value)
        {
            if (value.Length < 4)
            {
                return false;
            }

            var first = value[0];
            var same = true;
            foreach (var c in value)
            {
                if (c != first)
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return true;
            }

            // Sequential runs such as 0123456789 / abcdefgh (digits may wrap: 1234567890123).
            var ascending = true;
            for (var i = 1; i < value.Length; i++)
            {
                if (value[i] != value[i - 1] + 1 && !(value[i] == '0' && value[i - 1] == '9'))
                {
                    ascending = false;
                    break;
                }
            }

            return ascending && value.Length >= 6;
        }
    }
}

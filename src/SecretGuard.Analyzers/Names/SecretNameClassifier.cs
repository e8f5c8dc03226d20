using System.Collections.Concurrent;
using System.Collections.Generic;

namespace SecretGuard.Analyzers.Names
{
    /// <summary>
    /// Decides whether a name denotes a credential by its head word (the last word, as English compounds go):
    /// <c>AdminPassword</c> is a password, <c>PasswordChar</c> is a character, <c>TokenType</c> a type,
    /// <c>KeyName</c> a name. <c>key</c> and <c>token</c> need a qualifier that makes them secret
    /// (<c>ApiKey</c>, <c>SigningKey</c>, but not <c>CacheKey</c>, <c>InstrumentationKey</c>, <c>PublicKeyToken</c>).
    /// </summary>
    internal static class SecretNameClassifier
    {
        private static readonly HashSet<string> SecretHeads = new HashSet<string>
        {
            "password", "passwd", "pwd", "passphrase", "passcode", "secret", "secrets", "credential", "credentials",
            "apikey", "privatekey", "clientsecret", "pat",
        };

        private static readonly HashSet<string> SecretKeyQualifiers = new HashSet<string>
        {
            "api", "access", "secret", "private", "signing", "encryption", "encrypt", "decryption", "client", "account",
            "master", "auth", "authentication", "subscription", "shared", "storage", "hmac", "symmetric", "license",
            "service", "admin", "secondary", "jwt", "aes", "crypto", "session", "webhook", "consumer", "app", "application",
            "sas", "primary", "root", "deploy", "deployment", "functions", "function", "host",
        };

        private static readonly HashSet<string> NonSecretTokenQualifiers = new HashSet<string>
        {
            "public", "cancellation", "continuation", "page", "next", "sync", "csrf", "xsrf", "antiforgery", "lexer",
            "parser", "syntax", "end", "start", "json", "xml", "lookup", "resume", "change", "notification",
        };

        // A name without any of these (or an extra word) cannot be secret; checked before splitting it into words.
        private static readonly string[] Stems = { "pass", "pwd", "secret", "token", "key", "credential", "connection", "pat" };

        // Names repeat across a project (every class has its Name, Url, TokenType…): with no extra words configured,
        // a name's kind is remembered (boxed: no value-type instantiation to JIT). Bounded, cleared when full.
        private const int MaxRemembered = 8192;
        private static readonly ConcurrentDictionary<string, object> Remembered = new ConcurrentDictionary<string, object>(System.StringComparer.Ordinal);

        // The stems by their (lower-case ASCII) first letter, so the check is one pass over the name.
        private static readonly string[]?[] StemsByFirstLetter = IndexByFirstLetter(Stems);

        private static readonly HashSet<string> IgnoredTrailingWords = new HashSet<string> { "value", "val", "str", "string" };

        public static SecretNameKind Classify(string name, IReadOnlyList<string> extraWords)
        {
            if (extraWords.Count > 0)
            {
                return ClassifyWords(name, extraWords);
            }

            if (Remembered.TryGetValue(name, out var known))
            {
                return (SecretNameKind)known;
            }

            var kind = ClassifyWords(name, extraWords);
            if (Remembered.Count >= MaxRemembered)
            {
                Remembered.Clear();
            }

            Remembered[name] = kind;
            return kind;
        }

        private static SecretNameKind ClassifyWords(string name, IReadOnlyList<string> extraWords)
        {
            if (name.Length == 0 || !ContainsStem(name, extraWords))
            {
                return SecretNameKind.None;
            }

            var words = IdentifierWords.Split(name);
            while (words.Count > 1 && IsNumber(words[words.Count - 1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count == 0)
            {
                return SecretNameKind.None;
            }

            if (IsConnectionString(words))
            {
                return SecretNameKind.ConnectionString;
            }

            if (words.Count > 1 && IgnoredTrailingWords.Contains(words[words.Count - 1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            var head = words[words.Count - 1];
            var qualifier = words.Count > 1 ? words[words.Count - 2] : string.Empty;
            foreach (var extra in extraWords)
            {
                if (head == extra || (words.Count > 1 && qualifier + head == extra))
                {
                    return SecretNameKind.Secret;
                }
            }

            if (SecretHeads.Contains(head))
            {
                return SecretNameKind.Secret;
            }

            switch (head)
            {
                case "key":
                    return SecretKeyQualifiers.Contains(qualifier) ? SecretNameKind.Secret : SecretNameKind.None;
                case "token":
                    foreach (var word in words)
                    {
                        if (NonSecretTokenQualifiers.Contains(word))
                        {
                            return SecretNameKind.None;
                        }
                    }

                    return SecretNameKind.Secret;
                default:
                    return SecretNameKind.None;
            }
        }

        private static bool ContainsStem(string name, IReadOnlyList<string> extraWords)
        {
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c | 0x20);
                }

                if (c < 128 && StemsByFirstLetter[c] is string[] candidates)
                {
                    foreach (var stem in candidates)
                    {
                        if (string.Compare(name, i, stem, 0, stem.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                        {
                            return true;
                        }
                    }
                }
            }

            foreach (var extra in extraWords)
            {
                // Extra words are stored without separators; compare against the name without them too.
                if (name.Replace("_", string.Empty).Replace("-", string.Empty).IndexOf(extra, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string[]?[] IndexByFirstLetter(string[] stems)
        {
            var index = new string[]?[128];
            foreach (var stem in stems)
            {
                var bucket = index[stem[0]] ?? new string[0];
                System.Array.Resize(ref bucket, bucket.Length + 1);
                bucket[bucket.Length - 1] = stem;
                index[stem[0]] = bucket;
            }

            return index;
        }

        private static bool IsConnectionString(List<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] == "connectionstring" || words[i] == "connectionstrings")
                {
                    return true;
                }

                if (i > 0 && words[i - 1] == "connection" && (words[i] == "string" || words[i] == "strings"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNumber(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

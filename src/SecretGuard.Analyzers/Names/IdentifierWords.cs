using System.Collections.Generic;
using System.Text;

namespace SecretGuard.Analyzers.Names
{
    /// <summary>
    /// Splits identifiers and configuration keys into lower-case words: <c>GitHubToken</c> → git, hub, token;
    /// <c>APIKey</c> → api, key; <c>db.admin_password</c> → db, admin, password; <c>ConnectionStrings:Main</c>
    /// → connection, strings, main.
    /// </summary>
    internal static class IdentifierWords
    {
        public static List<string> Split(string name)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, current);
                    continue;
                }

                if (current.Length > 0)
                {
                    var previous = name[i - 1];
                    var next = i + 1 < name.Length ? name[i + 1] : '\0';
                    var lowerToUpper = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));
                    var acronymEnd = char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next);
                    var letterDigit = char.IsDigit(c) != char.IsDigit(previous);
                    if (lowerToUpper || acronymEnd || letterDigit)
                    {
                        Flush(words, current);
                    }
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush(words, current);
            return words;
        }

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}

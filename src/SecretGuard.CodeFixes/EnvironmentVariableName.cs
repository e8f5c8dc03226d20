using System.Collections.Generic;
using System.Text;
using SecretGuard.Analyzers.Names;

namespace SecretGuard.CodeFixes
{
    /// <summary>
    /// Derives an environment-variable name from a member or key: <c>GitHubToken</c> → <c>GITHUB_TOKEN</c>,
    /// <c>dbPassword</c> → <c>DB_PASSWORD</c>, <c>github-pat</c> → <c>GITHUB_PAT</c>, and configuration keys keep
    /// .NET's convention (<c>ConnectionStrings:Main</c> → <c>CONNECTIONSTRINGS__MAIN</c>).
    /// </summary>
    public static class EnvironmentVariableName
    {
        public const string Fallback = "SECRET";

        // Brand names written in camel case that are one word in an environment variable.
        private static readonly string[][] Compounds =
        {
            new[] { "git", "hub" }, new[] { "git", "lab" }, new[] { "o", "auth" }, new[] { "nu", "get" }, new[] { "pay", "pal" },
            new[] { "dev", "ops" }, new[] { "open", "ai" }, new[] { "send", "grid" }, new[] { "mongo", "db" }, new[] { "my", "sql" },
            new[] { "postgre", "sql" }, new[] { "dynamo", "db" }, new[] { "cosmos", "db" }, new[] { "bit", "bucket" }, new[] { "data", "dog" },
            new[] { "drop", "box" }, new[] { "fire", "base" }, new[] { "hugging", "face" }, new[] { "you", "tube" }, new[] { "linked", "in" },
        };

        public static string From(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return Fallback;
            }

            if (name!.IndexOf(':') >= 0)
            {
                var segments = new List<string>();
                foreach (var segment in name.Split(':'))
                {
                    var cleaned = Clean(segment);
                    if (cleaned.Length > 0)
                    {
                        segments.Add(cleaned.ToUpperInvariant());
                    }
                }

                return segments.Count == 0 ? Fallback : string.Join("__", segments);
            }

            var words = IdentifierWords.Split(name);
            var merged = new List<string>();
            for (var i = 0; i < words.Count; i++)
            {
                if (i + 1 < words.Count && IsCompound(words[i], words[i + 1]))
                {
                    merged.Add(words[i] + words[i + 1]);
                    i++;
                }
                else
                {
                    merged.Add(words[i]);
                }
            }

            if (merged.Count == 0)
            {
                return Fallback;
            }

            var result = string.Join("_", merged).ToUpperInvariant();
            return char.IsDigit(result[0]) ? "_" + result : result;
        }

        private static bool IsCompound(string first, string second)
        {
            foreach (var pair in Compounds)
            {
                if (pair[0] == first && pair[1] == second)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Clean(string segment)
        {
            var builder = new StringBuilder(segment.Length);
            foreach (var c in segment)
            {
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}

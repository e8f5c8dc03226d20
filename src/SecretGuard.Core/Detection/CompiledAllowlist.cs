using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// An allowlist with its regexes built once, on first use: the analyzer builds a scanner in every compiler
    /// process, and most processes never ask an allowlist anything (a string constant reaches the allowlists only
    /// once it yields a candidate). Patterns from a configuration file were already checked when it was read.
    /// </summary>
    internal sealed class CompiledAllowlist
    {
        private readonly RuleAllowlist source;
        private readonly bool builtIn;
        private readonly TimeSpan timeout;
        private readonly HashSet<string>? targetRules;
        private Regex[]? paths;
        private Regex[]? regexes;

        public CompiledAllowlist(RuleAllowlist source, bool builtIn, TimeSpan timeout)
        {
            this.source = source;
            this.builtIn = builtIn;
            this.timeout = timeout;
            targetRules = source.TargetRules.Count == 0 ? null : new HashSet<string>(source.TargetRules, StringComparer.Ordinal);
        }

        // Benign race: threads that both build get equivalent regex arrays; one is kept.
        private Regex[] Paths => paths ??= Build(source.Paths, builtIn, timeout);

        private Regex[] Regexes => regexes ??= Build(source.Regexes, builtIn, timeout);

        /// <summary>
        /// True when a path match alone clears every finding of every rule, so a whole file can be skipped
        /// before it is read: the allowlist has paths, applies to all rules, and either ORs its criteria
        /// (gitleaks' default) or has no other criterion.
        /// </summary>
        public bool IsPathOnly => source.Paths.Count > 0 && targetRules is null
            && (!source.RequireAll || (source.Regexes.Count == 0 && source.StopWords.Count == 0 && source.Commits.Count == 0));

        public bool AppliesTo(string ruleId) => targetRules is null || targetRules.Contains(ruleId);

        public bool PathMatches(string path)
        {
            foreach (var regex in Paths)
            {
                if (regex.IsMatch(path))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether this allowlist clears a candidate. <paramref name="commit"/> is null outside git scans.
        /// <paramref name="pathState"/> caches the path test for the file being scanned (0 not yet known, 1 matches,
        /// -1 does not): every candidate of a file has the same path, and the path regexes are the costly part.
        /// </summary>
        public bool Allows(string path, ref sbyte pathState, string secret, string match, string line, string? commit)
        {
            var checks = 0;
            var passed = 0;

            if (source.Paths.Count > 0)
            {
                checks++;
                if (pathState == 0)
                {
                    pathState = PathMatches(path) ? (sbyte)1 : (sbyte)-1;
                }

                if (pathState > 0)
                {
                    passed++;
                }
            }

            if (source.Regexes.Count > 0)
            {
                checks++;
                var target = source.RegexTarget == AllowlistRegexTarget.Match ? match
                    : source.RegexTarget == AllowlistRegexTarget.Line ? line
                    : secret;
                foreach (var regex in Regexes)
                {
                    if (regex.IsMatch(target))
                    {
                        passed++;
                        break;
                    }
                }
            }

            if (source.StopWords.Count > 0)
            {
                checks++;
                foreach (var word in source.StopWords)
                {
                    if (secret.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        passed++;
                        break;
                    }
                }
            }

            if (source.Commits.Count > 0 && commit != null)
            {
                checks++;
                foreach (var allowed in source.Commits)
                {
                    if (commit.StartsWith(allowed, StringComparison.OrdinalIgnoreCase))
                    {
                        passed++;
                        break;
                    }
                }
            }

            if (checks == 0)
            {
                return false;
            }

            return source.RequireAll ? passed == checks : passed > 0;
        }

        private static Regex[] Build(IReadOnlyList<string> patterns, bool builtIn, TimeSpan timeout)
        {
            var result = new Regex[patterns.Count];
            for (var i = 0; i < patterns.Count; i++)
            {
                result[i] = RegexFactory.CreateFilter(patterns[i], builtIn, timeout);
            }

            return result;
        }
    }
}

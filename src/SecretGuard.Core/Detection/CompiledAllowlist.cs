using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Detection
{
    /// <summary>An allowlist with its regexes built once.</summary>
    internal sealed class CompiledAllowlist
    {
        private readonly RuleAllowlist source;
        private readonly Regex[] paths;
        private readonly Regex[] regexes;
        private readonly HashSet<string>? targetRules;

        public CompiledAllowlist(RuleAllowlist source, bool builtIn, TimeSpan timeout)
        {
            this.source = source;
            paths = Build(source.Paths, builtIn, timeout);
            regexes = Build(source.Regexes, builtIn, timeout);
            targetRules = source.TargetRules.Count == 0 ? null : new HashSet<string>(source.TargetRules, StringComparer.Ordinal);
        }

        /// <summary>
        /// True when a path match alone clears every finding of every rule, so a whole file can be skipped
        /// before it is read: the allowlist has paths, applies to all rules, and either ORs its criteria
        /// (gitleaks' default) or has no other criterion.
        /// </summary>
        public bool IsPathOnly => paths.Length > 0 && targetRules is null
            && (!source.RequireAll || (regexes.Length == 0 && source.StopWords.Count == 0 && source.Commits.Count == 0));

        public bool AppliesTo(string ruleId) => targetRules is null || targetRules.Contains(ruleId);

        public bool PathMatches(string path)
        {
            foreach (var regex in paths)
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

            if (paths.Length > 0)
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

            if (regexes.Length > 0)
            {
                checks++;
                var target = source.RegexTarget == AllowlistRegexTarget.Match ? match
                    : source.RegexTarget == AllowlistRegexTarget.Line ? line
                    : secret;
                foreach (var regex in regexes)
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

using System.Collections.Generic;

namespace SecretGuard.Core.Rules
{
    /// <summary>What an allowlist's regexes are tested against (gitleaks' <c>regexTarget</c>).</summary>
    public enum AllowlistRegexTarget
    {
        Secret = 0,
        Match = 1,
        Line = 2,
    }

    /// <summary>
    /// gitleaks-compatible allowlist: a finding is allowed when any (condition OR) or all
    /// (condition AND) of the non-empty criteria hold.
    /// </summary>
    public sealed class RuleAllowlist
    {
        private string description = "";
        private bool requireAll;
        private IReadOnlyList<string> paths = new string[0];
        private IReadOnlyList<string> regexes = new string[0];
        private AllowlistRegexTarget regexTarget;
        private IReadOnlyList<string> stopWords = new string[0];
        private IReadOnlyList<string> commits = new string[0];
        private IReadOnlyList<string> targetRules = new string[0];

        public RuleAllowlist()
        {
        }

        /// <summary>
        /// Every field at once, without the init accessors (the built-in catalog's decoder: one constructor to JIT, not eight setters).
        /// </summary>
        internal RuleAllowlist(string description, bool requireAll, IReadOnlyList<string> paths, IReadOnlyList<string> regexes, AllowlistRegexTarget regexTarget, IReadOnlyList<string> stopWords, IReadOnlyList<string> commits, IReadOnlyList<string> targetRules)
        {
            this.description = description;
            this.requireAll = requireAll;
            this.paths = paths;
            this.regexes = regexes;
            this.regexTarget = regexTarget;
            this.stopWords = stopWords;
            this.commits = commits;
            this.targetRules = targetRules;
        }

        public string Description { get => description; init => description = value; }

        /// <summary>True for <c>condition = "AND"</c>; default OR.</summary>
        public bool RequireAll { get => requireAll; init => requireAll = value; }

        /// <summary>Regexes matched against the logical path.</summary>
        public IReadOnlyList<string> Paths { get => paths; init => paths = value; }

        /// <summary>Regexes matched against <see cref="RegexTarget"/>.</summary>
        public IReadOnlyList<string> Regexes { get => regexes; init => regexes = value; }

        public AllowlistRegexTarget RegexTarget { get => regexTarget; init => regexTarget = value; }

        /// <summary>Case-insensitive substrings of the secret that mark it as not a secret.</summary>
        public IReadOnlyList<string> StopWords { get => stopWords; init => stopWords = value; }

        /// <summary>Commit ids (used by the git front end).</summary>
        public IReadOnlyList<string> Commits { get => commits; init => commits = value; }

        /// <summary>For global allowlists: rule ids it applies to; empty means all rules.</summary>
        public IReadOnlyList<string> TargetRules { get => targetRules; init => targetRules = value; }
    }
}

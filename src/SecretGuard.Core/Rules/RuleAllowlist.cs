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
        public string Description { get; init; } = "";

        /// <summary>True for <c>condition = "AND"</c>; default OR.</summary>
        public bool RequireAll { get; init; }

        /// <summary>Regexes matched against the logical path.</summary>
        public IReadOnlyList<string> Paths { get; init; } = new string[0];

        /// <summary>Regexes matched against <see cref="RegexTarget"/>.</summary>
        public IReadOnlyList<string> Regexes { get; init; } = new string[0];

        public AllowlistRegexTarget RegexTarget { get; init; }

        /// <summary>Case-insensitive substrings of the secret that mark it as not a secret.</summary>
        public IReadOnlyList<string> StopWords { get; init; } = new string[0];

        /// <summary>Commit ids (used by the git front end).</summary>
        public IReadOnlyList<string> Commits { get; init; } = new string[0];

        /// <summary>For global allowlists: rule ids it applies to; empty means all rules.</summary>
        public IReadOnlyList<string> TargetRules { get; init; } = new string[0];
    }
}

using System.Collections.Generic;

namespace SecretGuard.Core.Rules
{
    /// <summary>
    /// One detection rule. Field names follow gitleaks (<c>id</c>, <c>description</c>, <c>regex</c>,
    /// <c>secretGroup</c>, <c>entropy</c>, <c>keywords</c>, <c>path</c>, <c>allowlists</c>, <c>tags</c>)
    /// plus SecretGuard's extensions (<c>severity</c>, <c>confidence</c>, <c>validator</c>,
    /// <c>windowLines</c>, <c>examples</c>).
    /// </summary>
    public sealed class Rule
    {
        public string Id { get; init; } = "";

        public string Description { get; init; } = "";

        /// <summary>The pattern (.NET syntax; Go/RE2 syntax from user configs is translated on load). Empty for path-only rules.</summary>
        public string Regex { get; init; } = "";

        /// <summary>Capture group holding the secret; 0 means "group 1 if the pattern has exactly one group, else the whole match" (gitleaks).</summary>
        public int SecretGroup { get; init; }

        /// <summary>Minimum Shannon entropy (bits per character) of the secret; null for none.</summary>
        public double? Entropy { get; init; }

        /// <summary>Case-insensitive literals of which one must occur for the regex to run. Empty means "always run".</summary>
        public IReadOnlyList<string> Keywords { get; init; } = new string[0];

        /// <summary>Regex the logical path must match for the rule to apply (or, with no <see cref="Regex"/>, to report the file itself).</summary>
        public string? Path { get; init; }

        public IReadOnlyList<RuleAllowlist> Allowlists { get; init; } = new RuleAllowlist[0];

        public IReadOnlyList<string> Tags { get; init; } = new string[0];

        public Severity Severity { get; init; } = Severity.Error;

        public Confidence Confidence { get; init; } = Confidence.Medium;

        /// <summary>Name of an offline validator (see <c>Validation/</c>), e.g. <c>github-checksum</c>, <c>jwt</c>, <c>pem</c>.</summary>
        public string? Validator { get; init; }

        /// <summary>
        /// Built-in rules run only near a keyword hit: the hit's line plus this many following lines
        /// (multi-line secrets such as PEM blocks set it). Ignored for user rules, which run over the
        /// whole text when a keyword hits, exactly as gitleaks does.
        /// </summary>
        public int WindowLines { get; init; }

        /// <summary>True for rules from the built-in catalog (trusted, linear patterns).</summary>
        public bool IsBuiltIn { get; init; }

        public RuleExamples Examples { get; init; } = RuleExamples.None;

        /// <summary>Generic rules (tag <c>generic</c>) get the stricter placeholder and natural-language filters.</summary>
        public bool IsGeneric
        {
            get
            {
                foreach (var tag in Tags)
                {
                    if (tag == "generic")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        public override string ToString() => Id;
    }
}

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
        private string id = "";
        private string description = "";
        private string regex = "";
        private int secretGroup;
        private double? entropy;
        private IReadOnlyList<string> keywords = new string[0];
        private string? path;
        private IReadOnlyList<RuleAllowlist> allowlists = new RuleAllowlist[0];
        private IReadOnlyList<string> tags = new string[0];
        private Severity severity = Severity.Error;
        private Confidence confidence = Confidence.Medium;
        private string? validator;
        private int windowLines;
        private bool isBuiltIn;
        private RuleExamples examples = RuleExamples.None;

        public Rule()
        {
        }

        /// <summary>
        /// Every field at once, without the init accessors: the built-in catalog's decoder uses it, so a compiler
        /// process that loads the analyzer JIT-compiles one constructor instead of fifteen setters.
        /// </summary>
        internal Rule(string id, string description, string regex, int secretGroup, double? entropy, IReadOnlyList<string> keywords, string? path, IReadOnlyList<RuleAllowlist> allowlists, IReadOnlyList<string> tags, Severity severity, Confidence confidence, string? validator, int windowLines, bool isBuiltIn, RuleExamples examples)
        {
            this.id = id;
            this.description = description;
            this.regex = regex;
            this.secretGroup = secretGroup;
            this.entropy = entropy;
            this.keywords = keywords;
            this.path = path;
            this.allowlists = allowlists;
            this.tags = tags;
            this.severity = severity;
            this.confidence = confidence;
            this.validator = validator;
            this.windowLines = windowLines;
            this.isBuiltIn = isBuiltIn;
            this.examples = examples;
        }

        public string Id { get => id; init => id = value; }

        public string Description { get => description; init => description = value; }

        /// <summary>The pattern (.NET syntax; Go/RE2 syntax from user configs is translated on load). Empty for path-only rules.</summary>
        public string Regex { get => regex; init => regex = value; }

        /// <summary>Capture group holding the secret; 0 means "group 1 if the pattern has exactly one group, else the whole match" (gitleaks).</summary>
        public int SecretGroup { get => secretGroup; init => secretGroup = value; }

        /// <summary>Minimum Shannon entropy (bits per character) of the secret; null for none.</summary>
        public double? Entropy { get => entropy; init => entropy = value; }

        /// <summary>Case-insensitive literals of which one must occur for the regex to run. Empty means "always run".</summary>
        public IReadOnlyList<string> Keywords { get => keywords; init => keywords = value; }

        /// <summary>Regex the logical path must match for the rule to apply (or, with no <see cref="Regex"/>, to report the file itself).</summary>
        public string? Path { get => path; init => path = value; }

        public IReadOnlyList<RuleAllowlist> Allowlists { get => allowlists; init => allowlists = value; }

        public IReadOnlyList<string> Tags { get => tags; init => tags = value; }

        public Severity Severity { get => severity; init => severity = value; }

        public Confidence Confidence { get => confidence; init => confidence = value; }

        /// <summary>Name of an offline validator (see <c>Validation/</c>), e.g. <c>github-checksum</c>, <c>jwt</c>, <c>pem</c>.</summary>
        public string? Validator { get => validator; init => validator = value; }

        /// <summary>
        /// Built-in rules run only near a keyword hit: the hit's line plus this many following lines
        /// (multi-line secrets such as PEM blocks set it). Ignored for user rules, which run over the
        /// whole text when a keyword hits, exactly as gitleaks does.
        /// </summary>
        public int WindowLines { get => windowLines; init => windowLines = value; }

        /// <summary>True for rules from the built-in catalog (trusted, linear patterns).</summary>
        public bool IsBuiltIn { get => isBuiltIn; init => isBuiltIn = value; }

        public RuleExamples Examples { get => examples; init => examples = value; }

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

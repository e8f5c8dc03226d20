using System.Collections.Generic;

namespace SecretGuard.Core.Rules
{
    /// <summary>
    /// A rule's own examples. Entries are templates: <c>{{alnum:36}}</c>, <c>{{hex:40}}</c> and the like
    /// are expanded with random characters at test time (see <see cref="ExampleTemplate"/>), so
    /// real-looking secrets are never committed.
    /// </summary>
    public sealed class RuleExamples
    {
        public static readonly RuleExamples None = new RuleExamples();

        private IReadOnlyList<string> mustMatch = new string[0];
        private IReadOnlyList<string> mustNotMatch = new string[0];

        public RuleExamples()
        {
        }

        /// <summary>
        /// Both lists at once, without the init accessors (the built-in catalog's decoder).
        /// </summary>
        internal RuleExamples(IReadOnlyList<string> mustMatch, IReadOnlyList<string> mustNotMatch)
        {
            this.mustMatch = mustMatch;
            this.mustNotMatch = mustNotMatch;
        }

        /// <summary>Texts in which the rule must report a finding.</summary>
        public IReadOnlyList<string> MustMatch { get => mustMatch; init => mustMatch = value; }

        /// <summary>Texts in which the rule must not report a finding.</summary>
        public IReadOnlyList<string> MustNotMatch { get => mustNotMatch; init => mustNotMatch = value; }
    }
}

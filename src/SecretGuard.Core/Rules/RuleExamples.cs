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

        /// <summary>Texts in which the rule must report a finding.</summary>
        public IReadOnlyList<string> MustMatch { get; init; } = new string[0];

        /// <summary>Texts in which the rule must not report a finding.</summary>
        public IReadOnlyList<string> MustNotMatch { get; init; } = new string[0];
    }
}

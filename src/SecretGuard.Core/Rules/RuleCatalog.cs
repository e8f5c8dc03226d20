using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Rules
{
    /// <summary>
    /// An immutable set of rules plus global allowlists. <see cref="BuiltIn"/> is compiled from
    /// <c>rules/*.toml</c> by the catalog source generator, so loading it parses nothing at run time.
    /// </summary>
    public sealed class RuleCatalog
    {
        private static readonly Lazy<RuleCatalog> BuiltInCatalogInstance = new Lazy<RuleCatalog>(
            () => new RuleCatalog(BuiltInCatalog.CreateRules(), BuiltInCatalog.CreateGlobalAllowlists()));

        public RuleCatalog(IReadOnlyList<Rule> rules, IReadOnlyList<RuleAllowlist>? globalAllowlists = null)
        {
            if (rules is null)
            {
                throw new ArgumentNullException(nameof(rules));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (!seen.Add(rule.Id))
                {
                    throw new ArgumentException($"Duplicate rule id '{rule.Id}'.", nameof(rules));
                }
            }

            Rules = rules;
            GlobalAllowlists = globalAllowlists ?? new RuleAllowlist[0];
        }

        /// <summary>The catalog shipped in the binary (rules/*.toml).</summary>
        public static RuleCatalog BuiltIn => BuiltInCatalogInstance.Value;

        public IReadOnlyList<Rule> Rules { get; }

        public IReadOnlyList<RuleAllowlist> GlobalAllowlists { get; }

        public Rule? Find(string id)
        {
            foreach (var rule in Rules)
            {
                if (string.Equals(rule.Id, id, StringComparison.Ordinal))
                {
                    return rule;
                }
            }

            return null;
        }
    }
}

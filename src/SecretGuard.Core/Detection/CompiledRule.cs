using System;
using System.Text.RegularExpressions;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Detection
{
    /// <summary>A rule with everything the hot path needs prepared once: its regex (built on first use), path filter, allowlists, validator.</summary>
    internal sealed class CompiledRule
    {
        private readonly Lazy<Regex?> regex;
        private readonly Lazy<int> secretGroup;

        public CompiledRule(Rule rule, int index, TimeSpan userTimeout)
        {
            Rule = rule;
            Index = index;
            regex = new Lazy<Regex?>(() => rule.Regex.Length == 0
                ? null
                : rule.IsBuiltIn ? RegexFactory.CreateBuiltIn(rule.Regex) : RegexFactory.CreateUser(rule.Regex, userTimeout));
            secretGroup = new Lazy<int>(ResolveSecretGroup);
            PathRegex = rule.Path is null ? null : RegexFactory.CreateFilter(rule.Path, rule.IsBuiltIn, userTimeout);
            Allowlists = new CompiledAllowlist[rule.Allowlists.Count];
            for (var i = 0; i < Allowlists.Length; i++)
            {
                Allowlists[i] = new CompiledAllowlist(rule.Allowlists[i], rule.IsBuiltIn, userTimeout);
            }

            Validator = SecretValidators.Find(rule.Validator);
            IsGeneric = rule.IsGeneric;
        }

        public Rule Rule { get; }

        public int Index { get; }

        public Regex? Regex => regex.Value;

        public int SecretGroup => secretGroup.Value;

        public Regex? PathRegex { get; }

        public CompiledAllowlist[] Allowlists { get; }

        public ISecretValidator? Validator { get; }

        public bool IsGeneric { get; }

        public bool IsPathOnly => Rule.Regex.Length == 0 && Rule.Path != null;

        public bool AppliesToPath(string path) => PathRegex is null || PathRegex.IsMatch(path);

        private int ResolveSecretGroup()
        {
            if (Rule.SecretGroup > 0)
            {
                return Rule.SecretGroup;
            }

            var compiled = Regex;
            if (compiled is null)
            {
                return 0;
            }

            // gitleaks: with no secretGroup, a pattern with exactly one capture group reports that group.
            var numbers = compiled.GetGroupNumbers();
            var numbered = 0;
            foreach (var number in numbers)
            {
                if (number > 0 && compiled.GroupNameFromNumber(number) == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    numbered++;
                }
            }

            return numbered == 1 ? 1 : 0;
        }
    }
}

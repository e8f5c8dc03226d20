using System;
using System.Text.RegularExpressions;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// A rule with everything the hot path needs prepared once: its regex, path filter, allowlists, validator.
    /// Short runs (a pre-commit hook, one file in the IDE) must not pay for compiling 240 regexes, long scans
    /// want compiled ones: a built-in rule starts with the interpreter and switches to a compiled regex once it
    /// has run on <see cref="CompileAfterWindows"/> windows. Allowlists are built on first use.
    /// </summary>
    internal sealed class CompiledRule
    {
        internal const int CompileAfterWindows = 64;

        private readonly Lazy<Regex?> regex;
        private readonly Lazy<int> secretGroup;
        private readonly Lazy<CompiledAllowlist[]> allowlists;
        private Regex? hotRegex;
        private int windows;

        public CompiledRule(Rule rule, int index, TimeSpan userTimeout)
        {
            Rule = rule;
            Index = index;
            regex = new Lazy<Regex?>(() => rule.Regex.Length == 0
                ? null
                : rule.IsBuiltIn ? RegexFactory.CreateInterpreted(rule.Regex) : RegexFactory.CreateUser(rule.Regex, userTimeout));
            secretGroup = new Lazy<int>(ResolveSecretGroup);
            PathRegex = rule.Path is null ? null : RegexFactory.CreateFilter(rule.Path, rule.IsBuiltIn, userTimeout);
            allowlists = new Lazy<CompiledAllowlist[]>(() =>
            {
                var built = new CompiledAllowlist[rule.Allowlists.Count];
                for (var i = 0; i < built.Length; i++)
                {
                    built[i] = new CompiledAllowlist(rule.Allowlists[i], rule.IsBuiltIn, userTimeout);
                }

                return built;
            });

            Validator = SecretValidators.Find(rule.Validator);
            IsGeneric = rule.IsGeneric;
        }

        public Rule Rule { get; }

        public int Index { get; }

        /// <summary>The pattern as first built (interpreted for built-in rules); used for group numbering.</summary>
        public Regex? Regex => regex.Value;

        /// <summary>The regex to run on the next window: interpreted at first, compiled once the rule is hot.</summary>
        public Regex? RegexForNextWindow()
        {
            if (hotRegex != null)
            {
                return hotRegex;
            }

            var current = regex.Value;
            if (current is null || !Rule.IsBuiltIn || !RegexFactory.CanCompile)
            {
                return current;
            }

            if (System.Threading.Interlocked.Increment(ref windows) == CompileAfterWindows)
            {
                hotRegex = RegexFactory.CreateBuiltIn(Rule.Regex);
                return hotRegex;
            }

            return current;
        }

        public int SecretGroup => secretGroup.Value;

        public Regex? PathRegex { get; }

        public CompiledAllowlist[] Allowlists => allowlists.Value;

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

using System;
using System.Text.RegularExpressions;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// A rule with everything the hot path needs prepared once: its regex, path filter, allowlists, validator.
    /// Short runs (a pre-commit hook, one file in the IDE, the analyzer in each compiler process) must not pay for
    /// building 240 regexes, long scans want compiled ones: a built-in rule starts with the interpreter and switches
    /// to a compiled regex once it has run on <see cref="CompileAfterWindows"/> windows. Everything else (path
    /// filter, allowlists, validator, secret group) is built on first use, so constructing a scanner costs next to nothing.
    /// </summary>
    internal sealed class CompiledRule
    {
        internal const int CompileAfterWindows = 64;

        private const int Unresolved = -1;

        private readonly TimeSpan userTimeout;
        private Regex? regex;
        private Regex? hotRegex;
        private Regex? pathRegex;
        private RegexRequirements? requirements;
        private CompiledAllowlist[]? allowlists;
        private ISecretValidator? validator;
        private volatile bool validatorResolved;
        private int secretGroup = Unresolved;
        private int windows;

        // Plain fields rather than Lazy<T>: a scanner makes one CompiledRule per catalog rule in every compiler
        // process that loads the analyzer, and most of them never build anything.
        public CompiledRule(Rule rule, int index, TimeSpan userTimeout)
        {
            Rule = rule;
            Index = index;
            this.userTimeout = userTimeout;
            IsGeneric = rule.IsGeneric;
        }

        public Rule Rule { get; }

        public int Index { get; }

        /// <summary>The pattern as first built (interpreted for built-in rules); used for group numbering.</summary>
        public Regex? Regex
        {
            get
            {
                var built = regex;
                if (built != null || Rule.Regex.Length == 0)
                {
                    return built;
                }

                if (Rule.IsBuiltIn)
                {
                    // A built-in pattern is cheap to build (interpreted): threads that need it at once each build one
                    // rather than wait for each other; the first one published is kept.
                    built = RegexFactory.CreateInterpreted(Rule.Regex);
                    return System.Threading.Interlocked.CompareExchange(ref regex, built, null) ?? built;
                }

                // A user pattern may be expensive (NonBacktracking): built once, other threads wait for it.
                lock (this)
                {
                    return regex ??= RegexFactory.CreateUser(Rule.Regex, userTimeout);
                }
            }
        }

        /// <summary>The regex to run on the next window: interpreted at first, compiled once the rule is hot.</summary>
        public Regex? RegexForNextWindow()
        {
            if (hotRegex != null)
            {
                return hotRegex;
            }

            var current = Regex;
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

        /// <summary>
        /// Necessary conditions of a match (minimum length, required characters), derived from the pattern on first
        /// use. Built-in patterns only: a user pattern gets <see cref="RegexRequirements.None"/>.
        /// </summary>
        public RegexRequirements Requirements
        {
            get
            {
                // Benign race: threads that both derive them get equal conditions.
                return requirements ??= Rule.IsBuiltIn ? RegexRequirementParser.Analyze(Rule.Regex) : RegexRequirements.None;
            }
        }

        public int SecretGroup
        {
            get
            {
                // Benign race: threads that both resolve it compute the same number.
                var group = secretGroup;
                if (group == Unresolved)
                {
                    secretGroup = group = ResolveSecretGroup();
                }

                return group;
            }
        }

        /// <summary>The path filter (null when the rule applies to every path), built on first use.</summary>
        public Regex? PathRegex
        {
            get
            {
                if (Rule.Path is null)
                {
                    return null;
                }

                var built = pathRegex;
                if (built is null)
                {
                    built = RegexFactory.CreateFilter(Rule.Path, Rule.IsBuiltIn, userTimeout);
                    built = System.Threading.Interlocked.CompareExchange(ref pathRegex, built, null) ?? built;
                }

                return built;
            }
        }

        public CompiledAllowlist[] Allowlists
        {
            get
            {
                var built = allowlists;
                if (built is null)
                {
                    // Benign race: compiled allowlists build their regexes on first use, so a duplicate costs nothing.
                    built = new CompiledAllowlist[Rule.Allowlists.Count];
                    for (var i = 0; i < built.Length; i++)
                    {
                        built[i] = new CompiledAllowlist(Rule.Allowlists[i], Rule.IsBuiltIn, userTimeout);
                    }

                    built = System.Threading.Interlocked.CompareExchange(ref allowlists, built, null) ?? built;
                }

                return built;
            }
        }

        /// <summary>The offline validator the rule names, looked up on first use (a rule's first candidate).</summary>
        public ISecretValidator? Validator
        {
            get
            {
                if (!validatorResolved)
                {
                    validator = SecretValidators.Find(Rule.Validator);
                    validatorResolved = true;
                }

                return validator;
            }
        }

        public bool IsGeneric { get; }

        public bool IsPathOnly => Rule.Regex.Length == 0 && Rule.Path != null;

        public bool AppliesToPath(string path)
        {
            var filter = PathRegex;
            return filter is null || filter.IsMatch(path);
        }

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

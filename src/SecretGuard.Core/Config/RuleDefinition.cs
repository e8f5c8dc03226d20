using System.Collections.Generic;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Config
{
    /// <summary>A rule as read from one <c>[[rules]]</c> block, with where it was written and which keys it set.</summary>
    internal sealed class RuleDefinition
    {
        public RuleDefinition(Rule rule, int line, int column, IReadOnlyCollection<string> setKeys)
        {
            Rule = rule;
            Line = line;
            Column = column;
            SetKeys = setKeys;
        }

        public Rule Rule { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The keys the block wrote; when it overrides a base rule, only these replace the base's values.</summary>
        public IReadOnlyCollection<string> SetKeys { get; }

        public bool Sets(string key)
        {
            foreach (var set in SetKeys)
            {
                if (set == key)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

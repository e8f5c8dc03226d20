using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Detection
{
    /// <summary>Distinct lowercase keywords and, for each, the rules (by index) that list it; built as rules are added.</summary>
    internal sealed class KeywordIndex
    {
        private readonly Dictionary<string, int> ids = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<List<int>> rulesOfKeyword = new List<List<int>>();

        /// <summary>Records that rule <paramref name="ruleIndex"/> lists these keywords (empty keywords are ignored).</summary>
        public void Add(int ruleIndex, IEnumerable<string> ruleKeywords)
        {
            foreach (var raw in ruleKeywords)
            {
                var keyword = raw.ToLowerInvariant();
                if (keyword.Length == 0)
                {
                    continue;
                }

                if (!ids.TryGetValue(keyword, out var id))
                {
                    id = rulesOfKeyword.Count;
                    ids[keyword] = id;
                    rulesOfKeyword.Add(new List<int>());
                }

                if (!rulesOfKeyword[id].Contains(ruleIndex))
                {
                    rulesOfKeyword[id].Add(ruleIndex);
                }
            }
        }

        /// <summary>The keywords by id, and the rules of each keyword id.</summary>
        public (string[] Keywords, int[][] RulesByKeyword) Build()
        {
            var keywords = new string[ids.Count];
            foreach (var pair in ids)
            {
                keywords[pair.Value] = pair.Key;
            }

            var rulesByKeyword = new int[rulesOfKeyword.Count][];
            for (var i = 0; i < rulesOfKeyword.Count; i++)
            {
                rulesByKeyword[i] = rulesOfKeyword[i].ToArray();
            }

            return (keywords, rulesByKeyword);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Scanning the string constants of source code (the Roslyn analyzer's literals): many short texts per file,
    /// most of them without any keyword. Only the catalog's specific rules (token formats, keys…) apply: generic
    /// rules (tag <c>generic</c>, a secret-like name followed by a value) are the front end's job, which knows the
    /// code's names. Dropping them changes no specific finding (a generic finding never suppresses a specific one).
    /// </summary>
    public sealed partial class SecretScanner
    {
        // The path facts of the last file each thread scanned constants of: its literals come one after another.
        [ThreadStatic]
        private static ConstantPathFacts? lastConstantPathFacts;

        [ThreadStatic]
        private static KeywordHits? constantKeywordHits;

        private ConstantRules? constantRules;

        /// <summary>
        /// True when <paramref name="value"/> contains a keyword of a specific rule (or a specific rule has no
        /// keywords): the one-pass, allocation-free test in front of <see cref="ScanConstant"/>. No false negatives.
        /// </summary>
        [MethodImpl(HotPath.EvenInAnalyzer)]
        public bool MayMatchConstant(string value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var specific = ConstantRuleSet();
            return specific.AlwaysRun.Length > 0 || keywordMatcher.ContainsAny(value, specific.Keywords);
        }

        /// <summary>
        /// Scans one string constant found in the file <paramref name="path"/> with the specific rules. Global path
        /// allowlists and rule path filters apply, checked at most once per path and thread however many constants
        /// the file has (the global ones only once a constant yields a candidate); path-only rules (a <c>.p12</c> file is itself a finding) do not, since a constant is not a file.
        /// Positions in the findings are relative to <paramref name="value"/>.
        /// </summary>
        public IReadOnlyList<Finding> ScanConstant(string value, string path)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var specific = ConstantRuleSet();
            if (value.Length == 0 || (specific.AlwaysRun.Length == 0 && !keywordMatcher.ContainsAny(value, specific.Keywords)))
            {
                return Array.Empty<Finding>();
            }

            var facts = ConstantPathFactsFor(path ?? string.Empty);
            var hits = constantKeywordHits ??= new KeywordHits();
            hits.Reset();
            keywordMatcher.FindAll(value, hits.Sink);

            // Most constants that hit a keyword ("password" in a prompt, "://" in a plain URL) are too short for the
            // rule's pattern or lack a character every match has ('@' after a URL's user name): such a rule is not
            // run. The conditions are necessary ones (RegexRequirements), so no match is lost.
            RegexRequirements.AsciiPresent(value, out var presentLow, out var presentHigh);

            // Group the hits by rule (a constant hits one or two rules): the thread's buffers, no per-call arrays.
            for (var h = 0; h < hits.Count; h++)
            {
                var hit = hits.Positions[h];
                var keywordIndex = (int)(hit >> 32);
                if (!specific.Keywords[keywordIndex])
                {
                    continue;
                }

                foreach (var ruleIndex in rulesByKeyword[keywordIndex])
                {
                    var rule = rules[ruleIndex];
                    if (!rule.IsGeneric && rule.Requirements.Admits(value.Length, presentLow, presentHigh) && Applies(facts, ruleIndex))
                    {
                        hits.PositionsOfRule(ruleIndex).Add((int)hit);
                    }
                }
            }

            var candidates = hits.Candidates;
            for (var r = 0; r < hits.RuleCount; r++)
            {
                RunRule(rules[hits.Rules[r]], value, facts, null, hits.RulePositions[r], candidates);
            }

            foreach (var rule in specific.AlwaysRun)
            {
                if (rule.Requirements.Admits(value.Length, presentLow, presentHigh) && Applies(facts, rule.Index))
                {
                    RunRule(rule, value, facts, null, null, candidates);
                }
            }

            // The global path allowlists (regexes over the path) are asked only once a constant yields a candidate:
            // most files never do, and whether a file is allowlisted changes nothing for them.
            if (candidates.Count == 0 || IsAllowed(facts))
            {
                return Array.Empty<Finding>();
            }

            return BuildFindings(value, facts.NormalizedPath, candidates);
        }

        private bool IsAllowed(ConstantPathFacts facts)
        {
            if (facts.Allowed == 0)
            {
                facts.Allowed = IsPathAllowed(facts.NormalizedPath) ? (sbyte)1 : (sbyte)-1;
            }

            return facts.Allowed > 0;
        }

        private bool Applies(ConstantPathFacts facts, int ruleIndex)
        {
            var known = facts.Applicability[ruleIndex];
            if (known == 0)
            {
                known = rules[ruleIndex].AppliesToPath(facts.NormalizedPath) ? (sbyte)1 : (sbyte)-1;
                facts.Applicability[ruleIndex] = known;
            }

            return known > 0;
        }

        private ConstantRules ConstantRuleSet()
        {
            var built = constantRules;
            if (built != null)
            {
                return built;
            }

            // Benign race: two threads may both build the (identical) set; one wins.
            var keywordsOfSpecificRules = new bool[keywords.Length];
            for (var k = 0; k < keywords.Length; k++)
            {
                foreach (var ruleIndex in rulesByKeyword[k])
                {
                    keywordsOfSpecificRules[k] |= !rules[ruleIndex].IsGeneric;
                }
            }

            var alwaysRun = new List<CompiledRule>();
            foreach (var rule in alwaysRunRules)
            {
                if (!rule.IsGeneric)
                {
                    alwaysRun.Add(rule);
                }
            }

            built = new ConstantRules(keywordsOfSpecificRules, alwaysRun.ToArray());
            constantRules = built;
            return built;
        }

        private ConstantPathFacts ConstantPathFactsFor(string path)
        {
            var facts = lastConstantPathFacts;
            if (facts != null && ReferenceEquals(facts.Scanner, this) && string.Equals(facts.Path, path, StringComparison.Ordinal))
            {
                return facts;
            }

            var normalized = FindingFingerprint.NormalizePath(path);
            facts = new ConstantPathFacts(this, path, normalized, new sbyte[rules.Length]);
            lastConstantPathFacts = facts;
            return facts;
        }

        /// <summary>Which keywords belong to a specific rule, and the specific rules without keywords.</summary>
        /// <remarks>Helper classes here use fields, not properties: each accessor is one more method to JIT per compiler process.</remarks>
        private sealed class ConstantRules
        {
            public readonly bool[] Keywords;
            public readonly CompiledRule[] AlwaysRun;

            public ConstantRules(bool[] keywords, CompiledRule[] alwaysRun)
            {
                Keywords = keywords;
                AlwaysRun = alwaysRun;
            }
        }

        private sealed class ConstantPathFacts : PathAllowlistStates
        {
            public readonly SecretScanner Scanner;
            public readonly string Path;

            /// <summary>Per rule: 0 not yet known, 1 the rule's path filter accepts this path, -1 it does not. Only this thread writes it.</summary>
            public readonly sbyte[] Applicability;

            /// <summary>0 not yet known, 1 a global path allowlist covers the file, -1 none does. Only this thread writes it.</summary>
            public sbyte Allowed;

            public ConstantPathFacts(SecretScanner scanner, string path, string normalizedPath, sbyte[] applicability)
                : base(scanner, normalizedPath)
            {
                Scanner = scanner;
                Path = path;
                Applicability = applicability;
            }
        }

        /// <summary>
        /// A thread's reusable buffers for one constant: the keyword hits (keyword index in the high half, position in
        /// the low) with the one delegate that fills them, the hit positions grouped by rule, and the candidates.
        /// Plain arrays rather than <c>List&lt;long&gt;</c> or tuples: a value-type instantiation is more methods to
        /// JIT in every compiler process.
        /// </summary>
        private sealed class KeywordHits
        {
            public readonly KeywordHitSink Sink;
            public readonly List<Candidate> Candidates = new List<Candidate>();
            public long[] Positions = new long[16];
            public int Count;
            public int[] Rules = new int[4];
            public List<int>[] RulePositions = new List<int>[4];
            public int RuleCount;

            public KeywordHits()
            {
                Sink = Add;
            }

            public void Reset()
            {
                Count = 0;
                RuleCount = 0;
                Candidates.Clear();
            }

            /// <summary>The (cleared on first use per constant) list of hit positions for one rule.</summary>
            public List<int> PositionsOfRule(int ruleIndex)
            {
                for (var r = 0; r < RuleCount; r++)
                {
                    if (Rules[r] == ruleIndex)
                    {
                        return RulePositions[r];
                    }
                }

                if (RuleCount == Rules.Length)
                {
                    var rules = new int[Rules.Length * 2];
                    var lists = new List<int>[Rules.Length * 2];
                    Array.Copy(Rules, rules, RuleCount);
                    Array.Copy(RulePositions, lists, RuleCount);
                    Rules = rules;
                    RulePositions = lists;
                }

                var positions = RulePositions[RuleCount] ??= new List<int>();
                positions.Clear();
                Rules[RuleCount++] = ruleIndex;
                return positions;
            }

            private void Add(int position, int keywordIndex)
            {
                if (Count == Positions.Length)
                {
                    var grown = new long[Positions.Length * 2];
                    Array.Copy(Positions, grown, Count);
                    Positions = grown;
                }

                Positions[Count++] = ((long)keywordIndex << 32) | (uint)position;
            }
        }
    }
}

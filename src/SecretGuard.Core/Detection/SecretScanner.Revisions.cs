using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Scanning many revisions of the same files (a git history): most lines are shared between revisions, so the
    /// result of every single-line rule is kept per path by line content and each distinct line is matched once.
    /// </summary>
    public sealed partial class SecretScanner
    {
        private static readonly Candidate[] NoCandidates = new Candidate[0];

        private RevisionPlan? revisionPlan;
        private int memoizedLines;

        /// <summary>Memoized lines across all paths; reaching it drops every memo (see <see cref="Memoize"/>). Tests lower it.</summary>
        internal int MemoizedLineLimit { get; set; } = 2_000_000;

        /// <summary>Lines memoized since the memos were last dropped.</summary>
        internal int MemoizedLineCount => Volatile.Read(ref memoizedLines);

        /// <summary>
        /// Scans one revision of a file; the same findings as <see cref="Scan(string, string, string)"/>, faster when
        /// other revisions of the same path were scanned before. A rule's result on a line depends only on that line
        /// when the rule is a built-in with keywords and a one-line window (the window never leaves the line, the
        /// inline allow comment and the line allowlists look at that line only); such results are reused for equal
        /// lines. Multi-line, keyword-less and user rules run on the whole text as in <see cref="Scan(string, string, string)"/>.
        /// With commit allowlists (results then depend on the commit) this is a plain scan.
        /// </summary>
        [MethodImpl(HotPath.Options)]
        public IReadOnlyList<Finding> ScanRevision(string text, string path, string? commit)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var plan = revisionPlan ??= new RevisionPlan(this);
            if (!plan.Enabled)
            {
                return Scan(text, path, commit);
            }

            var facts = FactsFor(path ?? string.Empty);
            if (facts.Allowed)
            {
                return Array.Empty<Finding>();
            }

            var candidates = new List<Candidate>();
            if (text.Length > 0)
            {
                var wholeTextKeyword = AddLineCandidates(plan, text, facts, commit, candidates);
                AddWholeTextCandidates(plan, text, facts, commit, wholeTextKeyword || !plan.WholeTextKeywordsStayOnOneLine, candidates);
            }

            return ToFindings(text, facts.NormalizedPath, candidates, facts.PathOnlyFindings);
        }

        /// <summary>Adds the single-line rules' candidates; true when a line holds a keyword of a whole-text rule.</summary>
        [MethodImpl(HotPath.Options)]
        private bool AddLineCandidates(RevisionPlan plan, string text, PathFacts facts, string? commit, List<Candidate> candidates)
        {
            var memo = MemoOf(facts);
            var wholeTextKeyword = false;
            var start = 0;
            while (start < text.Length)
            {
                var newline = text.IndexOf('\n', start);
                var end = newline < 0 ? text.Length : newline;
                if (end > start)
                {
                    var key = LineKey.Of(text, start, end - start);
                    if (!memo.TryGet(key, out var found) || found is null)
                    {
                        found = Memoize(memo, key, ScanLine(plan, text.Substring(start, end - start), facts, commit));
                    }

                    wholeTextKeyword |= found.HasWholeTextKeyword;
                    foreach (var candidate in found.Candidates)
                    {
                        candidates.Add(candidate.ShiftedBy(start));
                    }
                }

                start = end + 1;
            }

            return wholeTextKeyword;
        }

        private static LineMemo<LineResult> MemoOf(PathFacts facts)
        {
            var memo = facts.LineMemo;
            if (memo is null)
            {
                Interlocked.CompareExchange(ref facts.LineMemo, new LineMemo<LineResult>(), null);
                memo = facts.LineMemo!;
            }

            return memo;
        }

        private LineResult Memoize(LineMemo<LineResult> memo, LineKey key, LineResult result)
        {
            if (memo.TryAdd(key, result) && Interlocked.Increment(ref memoizedLines) >= MemoizedLineLimit)
            {
                // Full: forget every path's memo (they go with the paths' facts) and start again, so a long history
                // keeps memoizing the paths it is working on now instead of freezing the memos of the first ones.
                pathFacts.Clear();
                Interlocked.Exchange(ref memoizedLines, 0);
            }

            return result;
        }

        /// <summary>
        /// The candidates of the single-line rules on one line (positions relative to the line), and whether the line
        /// holds a keyword of a whole-text rule that applies to the path.
        /// </summary>
        [MethodImpl(HotPath.Options)]
        private LineResult ScanLine(RevisionPlan plan, string line, PathFacts facts, string? commit)
        {
            var applicability = facts.Applicability;
            List<int>?[]? hitsByRule = null;
            keywordMatcher.FindAll(line, (position, keywordIndex) =>
            {
                foreach (var ruleIndex in rulesByKeyword[keywordIndex])
                {
                    if (!plan.IsLineLocal[ruleIndex] || !Applies(ruleIndex, facts, applicability))
                    {
                        continue;
                    }

                    hitsByRule ??= new List<int>?[rules.Length];
                    (hitsByRule[ruleIndex] ??= new List<int>()).Add(position);
                }
            });

            var wholeTextKeyword = plan.WholeTextKeywordsStayOnOneLine && HasWholeTextKeyword(plan, line, facts);
            if (hitsByRule is null)
            {
                return LineResult.Of(null, wholeTextKeyword);
            }

            var found = new List<Candidate>();
            for (var i = 0; i < hitsByRule.Length; i++)
            {
                if (hitsByRule[i] is { } hits)
                {
                    RunRule(rules[i], line, facts, commit, hits, found);
                }
            }

            return LineResult.Of(found, wholeTextKeyword);
        }

        private bool HasWholeTextKeyword(RevisionPlan plan, string line, PathFacts facts)
        {
            if (plan.WholeTextMatcher is not { } matcher)
            {
                return false;
            }

            var applicability = facts.Applicability;
            var found = false;
            matcher.FindAll(line, (_, keywordIndex) =>
            {
                foreach (var ruleIndex in plan.WholeTextRulesByKeyword[keywordIndex])
                {
                    found |= Applies(ruleIndex, facts, applicability);
                }
            });

            return found;
        }

        /// <summary>
        /// The rules whose result may depend on more than one line, on the whole text: their own keyword pass, skipped
        /// when <paramref name="keywordPossible"/> is false (no line holds one of their keywords), and the keyword-less rules.
        /// </summary>
        [MethodImpl(HotPath.Options)]
        private void AddWholeTextCandidates(RevisionPlan plan, string text, PathFacts facts, string? commit, bool keywordPossible, List<Candidate> candidates)
        {
            var applicability = facts.Applicability;
            if (keywordPossible && plan.WholeTextMatcher is { } matcher)
            {
                List<int>?[]? hitsByRule = null;
                matcher.FindAll(text, (position, keywordIndex) =>
                {
                    foreach (var ruleIndex in plan.WholeTextRulesByKeyword[keywordIndex])
                    {
                        if (Applies(ruleIndex, facts, applicability))
                        {
                            hitsByRule ??= new List<int>?[rules.Length];
                            (hitsByRule[ruleIndex] ??= new List<int>()).Add(position);
                        }
                    }
                });

                if (hitsByRule != null)
                {
                    for (var i = 0; i < hitsByRule.Length; i++)
                    {
                        if (hitsByRule[i] is { } hits)
                        {
                            RunRule(rules[i], text, facts, commit, hits, candidates);
                        }
                    }
                }
            }

            foreach (var rule in alwaysRunRules)
            {
                if (Applies(rule.Index, facts, applicability))
                {
                    RunRule(rule, text, facts, commit, null, candidates);
                }
            }
        }

        private bool Applies(int ruleIndex, PathFacts facts, sbyte[] applicability)
        {
            if (applicability[ruleIndex] == 0)
            {
                applicability[ruleIndex] = rules[ruleIndex].AppliesToPath(facts.NormalizedPath) ? (sbyte)1 : (sbyte)-1;
            }

            return applicability[ruleIndex] > 0;
        }

        /// <summary>Which rules are single-line, and the keyword pass for the others; built on the first revision scan.</summary>
        private sealed class RevisionPlan
        {
            public RevisionPlan(SecretScanner scanner)
            {
                Enabled = true;
                foreach (var allowlist in scanner.Catalog.GlobalAllowlists)
                {
                    Enabled &= allowlist.Commits.Count == 0;
                }

                IsLineLocal = new bool[scanner.rules.Length];
                var index = new KeywordIndex();
                foreach (var compiled in scanner.rules)
                {
                    var rule = compiled.Rule;
                    foreach (var allowlist in rule.Allowlists)
                    {
                        Enabled &= allowlist.Commits.Count == 0;
                    }

                    if (rule.Regex.Length == 0 || rule.Keywords.Count == 0)
                    {
                        continue; // path-only rules, or keyword-less rules (run on every text as in Scan)
                    }

                    if (rule.IsBuiltIn && rule.WindowLines == 0)
                    {
                        IsLineLocal[compiled.Index] = true;
                        continue;
                    }

                    index.Add(compiled.Index, rule.Keywords);
                }

                var (keywords, rulesByKeyword) = index.Build();
                WholeTextRulesByKeyword = rulesByKeyword;
                WholeTextMatcher = keywords.Length == 0 ? null : KeywordMatcherFactory.Create(keywords);
                WholeTextKeywordsStayOnOneLine = Array.TrueForAll(keywords, keyword => keyword.IndexOf('\n') < 0);
            }

            /// <summary>False when a commit allowlist makes results depend on the commit: revisions are then scanned plainly.</summary>
            public bool Enabled { get; }

            public bool[] IsLineLocal { get; }

            public IKeywordMatcher? WholeTextMatcher { get; }

            public int[][] WholeTextRulesByKeyword { get; }

            /// <summary>
            /// No whole-text keyword holds a line break, so every occurrence lies within one line: lines remember whether
            /// they hold one, and the whole-text keyword pass runs only on texts with such a line.
            /// </summary>
            public bool WholeTextKeywordsStayOnOneLine { get; }
        }

        /// <summary>What a line yields on its own: the single-line rules' candidates, and whether it holds a whole-text keyword.</summary>
        private sealed class LineResult
        {
            private static readonly LineResult Clean = new LineResult(NoCandidates, false);
            private static readonly LineResult CleanWithWholeTextKeyword = new LineResult(NoCandidates, true);

            private LineResult(Candidate[] candidates, bool hasWholeTextKeyword)
            {
                Candidates = candidates;
                HasWholeTextKeyword = hasWholeTextKeyword;
            }

            public Candidate[] Candidates { get; }

            public bool HasWholeTextKeyword { get; }

            /// <summary>The result for <paramref name="found"/> candidates; clean lines share two instances.</summary>
            public static LineResult Of(List<Candidate>? found, bool hasWholeTextKeyword)
                => found is null || found.Count == 0
                    ? (hasWholeTextKeyword ? CleanWithWholeTextKeyword : Clean)
                    : new LineResult(found.ToArray(), hasWholeTextKeyword);
        }
    }
}

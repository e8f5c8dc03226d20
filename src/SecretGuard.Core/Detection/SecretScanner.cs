using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// The detection engine: text plus a logical path in, findings out. Thread-safe and reusable; build one
    /// per catalog and share it. Pipeline: keyword prefilter → regex near hits → entropy, placeholder,
    /// allowlist and inline-comment filters → offline validation → redacted findings.
    /// </summary>
    public sealed partial class SecretScanner
    {
        private static readonly Lazy<SecretScanner> DefaultInstance = new Lazy<SecretScanner>(() => new SecretScanner(RuleCatalog.BuiltIn));

        // Lines longer than this are windowed around each keyword hit instead of scanned whole (minified files).
        private const int LongLineRadiusBefore = 1024;
        private const int LongLineRadiusAfter = 4096;
        private const int MultiLineWindowCap = 64 * 1024;

        // The facts that depend only on the path (allowlisted? path-only findings? which rules apply?): kept for
        // the last path each thread scanned (the analyzer scans every literal of a file with the same path), and
        // shared by path (a git history scan meets the same few hundred paths in tens of thousands of blobs).
        private const int MaxCachedPaths = 16384;

        [ThreadStatic]
        private static PathFacts? lastPathFacts;

        private readonly ConcurrentDictionary<string, PathFacts> pathFacts = new ConcurrentDictionary<string, PathFacts>(StringComparer.Ordinal);

        private readonly CompiledRule[] rules;
        private readonly CompiledRule[] alwaysRunRules;
        private readonly int[][] rulesByKeyword;
        private readonly string[] keywords;
        private readonly IKeywordMatcher keywordMatcher;
        private readonly CompiledAllowlist[] globalAllowlists;
        private readonly ScannerOptions options;

        public SecretScanner(RuleCatalog catalog, ScannerOptions? options = null)
        {
            Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            this.options = options ?? ScannerOptions.Default;

            rules = new CompiledRule[catalog.Rules.Count];
            var index = new KeywordIndex();
            var always = new List<CompiledRule>();
            for (var i = 0; i < rules.Length; i++)
            {
                var rule = catalog.Rules[i];
                rules[i] = new CompiledRule(rule, i, this.options.UserRegexTimeout);
                if (rule.Regex.Length == 0)
                {
                    continue;
                }

                if (rule.Keywords.Count == 0)
                {
                    always.Add(rules[i]);
                    continue;
                }

                index.Add(i, rule.Keywords);
            }

            (keywords, rulesByKeyword) = index.Build();
            alwaysRunRules = always.ToArray();
            keywordMatcher = KeywordMatcherFactory.Create(keywords);

            globalAllowlists = new CompiledAllowlist[catalog.GlobalAllowlists.Count];
            for (var i = 0; i < globalAllowlists.Length; i++)
            {
                globalAllowlists[i] = new CompiledAllowlist(catalog.GlobalAllowlists[i], builtIn: false, this.options.UserRegexTimeout);
            }
        }

        /// <summary>A scanner over the built-in catalog with default options.</summary>
        public static SecretScanner Default => DefaultInstance.Value;

        public RuleCatalog Catalog { get; }

        /// <summary>True when a global path allowlist excludes the whole file (callers can skip reading it).</summary>
        public bool IsPathAllowed(string path) => FactsFor(path ?? string.Empty).Allowed;

        private bool ComputeIsPathAllowed(string normalized)
        {
            foreach (var allowlist in globalAllowlists)
            {
                if (allowlist.IsPathOnly && allowlist.PathMatches(normalized))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Findings of path-only rules (e.g. a <c>.p12</c> keystore file is itself a finding), for files not read as text.</summary>
        public IReadOnlyList<Finding> ScanPath(string path)
        {
            var normalized = FindingFingerprint.NormalizePath(path);
            var findings = new List<Finding>();
            if (ComputeIsPathAllowed(normalized))
            {
                return findings;
            }

            foreach (var rule in rules)
            {
                if (rule.IsPathOnly && rule.AppliesToPath(normalized))
                {
                    findings.Add(new Finding
                    {
                        RuleId = rule.Rule.Id,
                        Description = rule.Rule.Description,
                        Severity = rule.Rule.Severity,
                        Confidence = rule.Rule.Confidence,
                        Tags = rule.Rule.Tags,
                        Path = normalized,
                        Line = 1,
                        Column = 1,
                        EndLine = 1,
                        EndColumn = 1,
                        Preview = "(file)",
                        Fingerprint = FindingFingerprint.Compute(rule.Rule.Id, normalized, string.Empty),
                    });
                }
            }

            return findings;
        }

        /// <summary>Scans one text. <paramref name="path"/> is the logical path used by path rules, allowlists and fingerprints.</summary>
        public IReadOnlyList<Finding> Scan(string text, string path) => Scan(text, path, commit: null);

        /// <summary>Scans one text; <paramref name="commit"/> lets allowlists with <c>commits</c> apply (git scans).</summary>
        [MethodImpl(HotPath.Options)]
        public IReadOnlyList<Finding> Scan(string text, string path, string? commit)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var facts = FactsFor(path ?? string.Empty);
            if (facts.Allowed)
            {
                return Array.Empty<Finding>();
            }

            var normalized = facts.NormalizedPath;
            var candidates = new List<Candidate>();
            var pathOnly = facts.PathOnlyFindings;

            if (text.Length > 0)
            {
                var applicability = facts.Applicability; // 0 unknown, 1 applies, -1 does not; filled in lazily
                List<int>?[]? hitsByRule = null;
                keywordMatcher.FindAll(text, (position, keywordIndex) =>
                {
                    foreach (var ruleIndex in rulesByKeyword[keywordIndex])
                    {
                        if (applicability[ruleIndex] == 0)
                        {
                            applicability[ruleIndex] = rules[ruleIndex].AppliesToPath(normalized) ? (sbyte)1 : (sbyte)-1;
                        }

                        if (applicability[ruleIndex] < 0)
                        {
                            continue;
                        }

                        hitsByRule ??= new List<int>?[rules.Length];
                        (hitsByRule[ruleIndex] ??= new List<int>()).Add(position);
                    }
                });

                if (hitsByRule != null)
                {
                    for (var i = 0; i < hitsByRule.Length; i++)
                    {
                        var hits = hitsByRule[i];
                        if (hits != null)
                        {
                            RunRule(rules[i], text, facts, commit, hits, candidates);
                        }
                    }
                }

                foreach (var rule in alwaysRunRules)
                {
                    if (applicability[rule.Index] == 0)
                    {
                        applicability[rule.Index] = rule.AppliesToPath(normalized) ? (sbyte)1 : (sbyte)-1;
                    }

                    if (applicability[rule.Index] > 0)
                    {
                        RunRule(rule, text, facts, commit, null, candidates);
                    }
                }
            }

            return ToFindings(text, normalized, candidates, pathOnly);
        }

        private IReadOnlyList<Finding> ToFindings(string text, string normalized, List<Candidate> candidates, IReadOnlyList<Finding> pathOnly)
        {
            if (candidates.Count == 0)
            {
                return pathOnly;
            }

            var findings = BuildFindings(text, normalized, candidates);
            if (pathOnly.Count > 0)
            {
                var all = new List<Finding>(pathOnly);
                all.AddRange(findings);
                return all;
            }

            return findings;
        }

        [MethodImpl(HotPath.Options)]
        private void RunRule(CompiledRule rule, string text, PathAllowlistStates facts, string? commit, List<int>? hits, List<Candidate> candidates)
        {
            if (rule.Regex is null)
            {
                return;
            }

            try
            {
                if (hits is null || !rule.Rule.IsBuiltIn)
                {
                    // User rules keep gitleaks semantics: once a keyword hits, the pattern sees the whole text.
                    MatchWindow(rule, rule.RegexForNextWindow()!, text, 0, text.Length, facts, commit, candidates);
                    return;
                }

                hits.Sort();
                var windowStart = -1;
                var windowEnd = -1;

                // The line holding the previous hit: [cachedLineStart, cachedLineEnd] (end = its '\n' or the text's end).
                // Hits come in ascending order, so each line is located once, even in a huge minified line.
                var cachedLineStart = -1;
                var cachedLineEnd = -1;
                var previousHit = -1;
                foreach (var hit in hits)
                {
                    if (hit == previousHit)
                    {
                        continue;
                    }

                    previousHit = hit;
                    if (hit > cachedLineEnd)
                    {
                        cachedLineStart = cachedLineEnd < 0
                            ? LineMap.LineStart(text, hit)
                            : text.LastIndexOf('\n', hit - 1, hit - cachedLineEnd) + 1;
                        var newline = text.IndexOf('\n', hit);
                        cachedLineEnd = newline < 0 ? text.Length : newline;
                    }

                    var lineEnd = rule.Rule.WindowLines == 0 ? cachedLineEnd : LineMap.LineEnd(text, hit, rule.Rule.WindowLines);
                    var start = Math.Max(cachedLineStart, hit - LongLineRadiusBefore);
                    var cap = rule.Rule.WindowLines > 0 ? MultiLineWindowCap : LongLineRadiusAfter;
                    var end = Math.Min(lineEnd, hit + cap);

                    if (windowStart >= 0 && start <= windowEnd)
                    {
                        // Overlapping or touching: one window, extended to cover this hit's reach too.
                        windowEnd = Math.Max(windowEnd, end);
                        continue;
                    }

                    if (windowStart >= 0)
                    {
                        MatchWindow(rule, rule.RegexForNextWindow()!, text, windowStart, windowEnd, facts, commit, candidates);
                    }

                    windowStart = start;
                    windowEnd = end;
                }

                if (windowStart >= 0)
                {
                    MatchWindow(rule, rule.RegexForNextWindow()!, text, windowStart, windowEnd, facts, commit, candidates);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                options.Warning?.Invoke($"rule '{rule.Rule.Id}' timed out on {facts.NormalizedPath} and was skipped for that file");
            }
        }

        [MethodImpl(HotPath.Options)]
        private void MatchWindow(CompiledRule rule, Regex regex, string text, int start, int end, PathAllowlistStates facts, string? commit, List<Candidate> candidates)
        {
            var secretGroup = rule.SecretGroup;
            for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                var group = secretGroup < match.Groups.Count ? match.Groups[secretGroup] : match.Groups[0];
                if (!group.Success || group.Length == 0)
                {
                    group = secretGroup == 0 ? match.Groups[0] : group;
                    if (!group.Success || group.Length == 0)
                    {
                        continue;
                    }
                }

                var secret = group.Value;
                if (rule.Rule.Entropy is double minimum && ShannonEntropy.Compute(secret) < minimum)
                {
                    continue;
                }

                var lineStart = LineMap.LineStart(text, match.Index);
                var lineEnd = LineMap.LineEnd(text, group.Index + group.Length > 0 ? group.Index + group.Length - 1 : group.Index, 0);
                if (options.HonorInlineAllowComments && InlineAllowComment.IsPresent(text, lineStart, lineEnd))
                {
                    continue;
                }

                if (rule.IsGeneric ? PlaceholderDetector.IsGenericNonSecret(secret) : PlaceholderDetector.IsPlaceholder(secret))
                {
                    continue;
                }

                var lineText = text.Substring(lineStart, lineEnd - lineStart);
                if (IsAllowlisted(rule, facts, secret, match.Value, lineText, commit))
                {
                    continue;
                }

                var confidence = rule.Rule.Confidence;
                var validation = ValidationStatus.NotChecked;
                if (rule.Validator != null)
                {
                    validation = rule.Validator.Validate(secret);
                    if (validation == ValidationStatus.Valid && confidence < Confidence.High)
                    {
                        confidence++;
                    }
                    else if (validation == ValidationStatus.Invalid)
                    {
                        confidence = Confidence.Low;
                    }
                }

                if (confidence < options.MinimumConfidence)
                {
                    continue;
                }

                candidates.Add(new Candidate(rule, group.Index, group.Length, secret, confidence, validation));
            }
        }

        private bool IsAllowlisted(CompiledRule rule, PathAllowlistStates facts, string secret, string match, string line, string? commit)
        {
            // Every candidate of a file has the same path: the path tests are made once per path and kept in its facts.
            var path = facts.NormalizedPath;
            var ruleAllowlists = rule.Allowlists;
            if (ruleAllowlists.Length > 0)
            {
                var states = facts.RuleAllowlistPathStates[rule.Index] ??= new sbyte[ruleAllowlists.Length];
                for (var i = 0; i < ruleAllowlists.Length; i++)
                {
                    if (ruleAllowlists[i].Allows(path, ref states[i], secret, match, line, commit))
                    {
                        return true;
                    }
                }
            }

            var globalStates = facts.GlobalAllowlistPathStates;
            for (var i = 0; i < globalAllowlists.Length; i++)
            {
                if (globalAllowlists[i].AppliesTo(rule.Rule.Id) && globalAllowlists[i].Allows(path, ref globalStates[i], secret, match, line, commit))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Options)]
        private IReadOnlyList<Finding> BuildFindings(string text, string path, List<Candidate> candidates)
        {
            candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.Index.CompareTo(b.Rule.Index));

            // A generic (name-based) finding is dropped where a specific rule reports an overlapping secret;
            // two rules reporting the very same span keep the first rule in catalog order.
            var kept = new List<Candidate>(candidates.Count);
            foreach (var candidate in candidates)
            {
                var drop = false;
                foreach (var other in candidates)
                {
                    if (ReferenceEquals(other, candidate) || !Overlaps(candidate, other))
                    {
                        continue;
                    }

                    if (candidate.Rule.IsGeneric && !other.Rule.IsGeneric)
                    {
                        drop = true;
                        break;
                    }

                    if (candidate.Rule.IsGeneric == other.Rule.IsGeneric && candidate.Start == other.Start && candidate.Length == other.Length && other.Rule.Index < candidate.Rule.Index)
                    {
                        drop = true;
                        break;
                    }
                }

                if (!drop)
                {
                    kept.Add(candidate);
                }
            }

            var spans = new List<(int Start, int Length, int PrefixLength)>(kept.Count);
            foreach (var candidate in kept)
            {
                spans.Add((candidate.Start, candidate.Length, PublicPrefixLength(candidate.Rule.Rule, candidate.Secret)));
            }

            var lines = new LineMap(text);
            var findings = new List<Finding>(kept.Count);
            foreach (var candidate in kept)
            {
                var (line, column) = lines.Locate(candidate.Start);
                var (endLine, endColumn) = lines.Locate(candidate.Start + candidate.Length);
                var lineStart = LineMap.LineStart(text, candidate.Start);
                var lineEnd = LineMap.LineEnd(text, candidate.Start, 0);
                var rule = candidate.Rule.Rule;
                findings.Add(new Finding
                {
                    RuleId = rule.Id,
                    Description = rule.Description,
                    Severity = rule.Severity,
                    Confidence = candidate.Confidence,
                    Validation = candidate.Validation,
                    Tags = rule.Tags,
                    Path = path,
                    Line = line,
                    Column = column,
                    EndLine = endLine,
                    EndColumn = endColumn,
                    StartIndex = candidate.Start,
                    Length = candidate.Length,
                    Preview = SecretRedactor.BuildPreview(text, lineStart, lineEnd, spans, candidate.Start),
                    Fingerprint = FindingFingerprint.Compute(rule.Id, path, candidate.Secret),
                    Secret = candidate.Secret,
                });
            }

            return findings;
        }

        private static bool Overlaps(Candidate a, Candidate b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

        private static int PublicPrefixLength(Rule rule, string secret)
        {
            var best = 0;
            foreach (var keyword in rule.Keywords)
            {
                if (keyword.Length > best && keyword.Length <= 12 && secret.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    best = keyword.Length;
                }
            }

            return best;
        }

        private PathFacts FactsFor(string path)
        {
            var facts = lastPathFacts;
            if (facts != null && ReferenceEquals(facts.Scanner, this) && string.Equals(facts.Path, path, StringComparison.Ordinal))
            {
                return facts;
            }

            if (!pathFacts.TryGetValue(path, out facts))
            {
                var normalized = FindingFingerprint.NormalizePath(path);
                var allowed = ComputeIsPathAllowed(normalized);
                facts = new PathFacts(this, path, normalized, allowed, allowed ? Array.Empty<Finding>() : ScanPath(normalized), new sbyte[rules.Length]);

                if (pathFacts.Count >= MaxCachedPaths)
                {
                    pathFacts.Clear();
                    Interlocked.Exchange(ref memoizedLines, 0); // the line memos went with the paths
                }

                facts = pathFacts.GetOrAdd(path, facts);
            }

            lastPathFacts = facts;
            return facts;
        }

        /// <summary>
        /// A path, and whether each allowlist's path regexes match it (asked on first need, then kept): every candidate
        /// of a file has the same path, and the path regexes are the costly part of an allowlist.
        /// </summary>
        private class PathAllowlistStates
        {
            private readonly int globalCount;
            private readonly int ruleCount;
            private sbyte[]? globalStates;
            private sbyte[]?[]? ruleStates;

            protected PathAllowlistStates(SecretScanner scanner, string normalizedPath)
            {
                NormalizedPath = normalizedPath;
                globalCount = scanner.globalAllowlists.Length;
                ruleCount = scanner.rules.Length;
            }

            public string NormalizedPath { get; }

            /// <summary>Per global allowlist: whether its paths match this path (0 not yet known, 1 yes, -1 no); made on first use.</summary>
            public sbyte[] GlobalAllowlistPathStates => globalStates ??= new sbyte[globalCount];

            /// <summary>Per rule, per rule allowlist: whether its paths match this path; made on first use.</summary>
            public sbyte[]?[] RuleAllowlistPathStates => ruleStates ??= new sbyte[]?[ruleCount];
        }

        private sealed class PathFacts : PathAllowlistStates
        {
            public PathFacts(SecretScanner scanner, string path, string normalizedPath, bool allowed, IReadOnlyList<Finding> pathOnlyFindings, sbyte[] applicability)
                : base(scanner, normalizedPath)
            {
                Scanner = scanner;
                Path = path;
                Allowed = allowed;
                PathOnlyFindings = pathOnlyFindings;
                Applicability = applicability;
            }

            public SecretScanner Scanner { get; }

            public string Path { get; }

            public bool Allowed { get; }

            public IReadOnlyList<Finding> PathOnlyFindings { get; }

            /// <summary>
            /// Per rule: 0 not yet known, 1 the rule's path filter accepts this path, -1 it does not. Threads sharing
            /// these facts may fill a slot at the same time; they write the same value. Likewise the arrays below.
            /// </summary>
            public sbyte[] Applicability { get; }

            /// <summary>Results of single-line rules by line content, for <see cref="ScanRevision"/>; made on first use.</summary>
            public LineMemo<LineResult>? LineMemo;
        }

        private sealed class Candidate
        {
            public Candidate(CompiledRule rule, int start, int length, string secret, Confidence confidence, ValidationStatus validation)
            {
                Rule = rule;
                Start = start;
                Length = length;
                Secret = secret;
                Confidence = confidence;
                Validation = validation;
            }

            public CompiledRule Rule { get; }

            public int Start { get; }

            public int Length { get; }

            public string Secret { get; }

            public Confidence Confidence { get; }

            public ValidationStatus Validation { get; }

            /// <summary>The same candidate <paramref name="offset"/> characters further on (a line's candidate placed in its text).</summary>
            public Candidate ShiftedBy(int offset) => new Candidate(Rule, Start + offset, Length, Secret, Confidence, Validation);
        }
    }
}

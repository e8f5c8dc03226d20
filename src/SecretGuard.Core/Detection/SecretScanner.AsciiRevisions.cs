#if NET
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Revisions read as bytes (a git history): most revisions of most files are clean, and a clean revision whose lines
    /// were all seen before needs no text at all. Pure-ASCII revisions are checked line by line on their bytes against
    /// the same line memo <see cref="ScanRevision"/> uses; only a revision that may hold a finding is decoded.
    /// </summary>
    public sealed partial class SecretScanner
    {
        [ThreadStatic]
        private static AsciiLines? asciiLines;

        /// <summary>
        /// Decides a revision given as bytes without decoding it when it yields nothing beyond path findings: true, with
        /// the findings (exactly what <see cref="ScanRevision"/> reports), when the bytes are ASCII, no line yields a
        /// candidate, no line holds a keyword of a multi-line rule and no keyword-less rule applies to the path. False
        /// when the caller must decode the text and call <see cref="ScanRevision"/> (lines seen here are memoized by then).
        /// </summary>
        [MethodImpl(HotPath.Options)]
        public bool TryScanCleanRevision(ReadOnlySpan<byte> content, string path, string? commit, out IReadOnlyList<Finding> findings)
        {
            findings = Array.Empty<Finding>();
            var plan = revisionPlan ??= new RevisionPlan(this);
            if (!plan.Enabled || !plan.WholeTextKeywordsStayOnOneLine || !BitConverter.IsLittleEndian || !Ascii.IsValid(content))
            {
                return false;
            }

            var facts = FactsFor(path ?? string.Empty);
            if (facts.Allowed)
            {
                return true;
            }

            if (content.Length > 0 && AnyKeywordlessRuleApplies(facts))
            {
                return false;
            }

            // Keys first, lookups after: back-to-back lookups into the path's memo overlap their cache misses.
            var lines = SplitAsciiLines(content);
            var memo = MemoOf(facts);
            for (var i = 0; i < lines.Count; i++)
            {
                var key = lines.Keys[i];
                if (!memo.TryGet(key, out var found) || found is null)
                {
                    var line = content.Slice(lines.Starts[i], lines.Lengths[i]);
                    found = Memoize(memo, key, ScanLine(plan, Encoding.Latin1.GetString(line), facts, commit));
                }

                if (found.Candidates.Length > 0 || found.HasWholeTextKeyword)
                {
                    return false;
                }
            }

            findings = facts.PathOnlyFindings;
            return true;
        }

        /// <summary>The non-empty lines of <paramref name="content"/> and their keys, in a buffer of the calling thread.</summary>
        [MethodImpl(HotPath.Options)]
        private static AsciiLines SplitAsciiLines(ReadOnlySpan<byte> content)
        {
            var lines = asciiLines ??= new AsciiLines();
            lines.Count = 0;
            var offset = 0;
            while (offset < content.Length)
            {
                var newline = content.Slice(offset).IndexOf((byte)'\n');
                var length = newline < 0 ? content.Length - offset : newline;
                if (length > 0)
                {
                    lines.Add(offset, length, LineKey.OfAscii(content.Slice(offset, length)));
                }

                offset += length + 1;
            }

            return lines;
        }

        private bool AnyKeywordlessRuleApplies(PathFacts facts)
        {
            foreach (var rule in alwaysRunRules)
            {
                if (Applies(rule.Index, facts, facts.Applicability))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where each line of a revision starts, how long it is, and its key (reused per thread).</summary>
        private sealed class AsciiLines
        {
            public int Count;
            public int[] Starts = new int[256];
            public int[] Lengths = new int[256];
            public LineKey[] Keys = new LineKey[256];

            public void Add(int start, int length, LineKey key)
            {
                if (Count == Keys.Length)
                {
                    Array.Resize(ref Starts, Count * 2);
                    Array.Resize(ref Lengths, Count * 2);
                    Array.Resize(ref Keys, Count * 2);
                }

                Starts[Count] = start;
                Lengths[Count] = length;
                Keys[Count] = key;
                Count++;
            }
        }
    }
}
#endif

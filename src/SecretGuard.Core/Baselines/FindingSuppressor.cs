using System;
using System.Collections.Generic;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// Drops findings accepted by a baseline or listed in <c>.secretguardignore</c>, and remembers which
    /// entries matched so stale ones can be reported (<c>--report-stale</c>). Thread-safe: front ends that
    /// scan in parallel can share one instance.
    /// </summary>
    public sealed class FindingSuppressor
    {
        private readonly Baseline baseline;
        private readonly string baselineSource;
        private readonly IgnoreList ignoreList;
        private readonly HashSet<string> matched = new HashSet<string>(StringComparer.Ordinal);
        private readonly object gate = new object();
        private int suppressedByBaseline;
        private int suppressedByIgnore;

        public FindingSuppressor(Baseline? baseline, string? baselineSource, IgnoreList? ignoreList)
        {
            this.baseline = baseline ?? Baseline.Empty;
            this.baselineSource = baselineSource ?? Baseline.DefaultFileName;
            this.ignoreList = ignoreList ?? IgnoreList.Empty;
        }

        /// <summary>True when neither a baseline nor ignore entries are loaded (nothing to filter).</summary>
        public bool IsEmpty => baseline.Count == 0 && ignoreList.Entries.Count == 0;

        public int SuppressedByBaseline
        {
            get { lock (gate) { return suppressedByBaseline; } }
        }

        public int SuppressedByIgnore
        {
            get { lock (gate) { return suppressedByIgnore; } }
        }

        /// <summary>Findings neither baselined nor ignored, in their original order.</summary>
        public IReadOnlyList<Finding> Filter(IReadOnlyList<Finding> findings)
        {
            if (findings is null)
            {
                throw new ArgumentNullException(nameof(findings));
            }

            if (IsEmpty)
            {
                return findings;
            }

            var kept = new List<Finding>(findings.Count);
            lock (gate)
            {
                foreach (var finding in findings)
                {
                    if (ignoreList.Contains(finding.Fingerprint))
                    {
                        matched.Add(finding.Fingerprint);
                        suppressedByIgnore++;
                    }
                    else if (baseline.Contains(finding.Fingerprint))
                    {
                        matched.Add(finding.Fingerprint);
                        suppressedByBaseline++;
                    }
                    else
                    {
                        kept.Add(finding);
                    }
                }
            }

            return kept;
        }

        /// <summary>True when the finding would be dropped (does not count it).</summary>
        public bool IsSuppressed(Finding finding) => ignoreList.Contains(finding.Fingerprint) || baseline.Contains(finding.Fingerprint);

        /// <summary>Entries that matched nothing in the findings filtered so far: ignore-file entries first, then baseline entries.</summary>
        public IReadOnlyList<StaleEntry> StaleEntries()
        {
            var stale = new List<StaleEntry>();
            lock (gate)
            {
                foreach (var entry in ignoreList.Entries)
                {
                    if (!matched.Contains(entry.Fingerprint))
                    {
                        stale.Add(new StaleEntry(ignoreList.SourceName, entry.Line, entry.Fingerprint, entry.Comment));
                    }
                }

                foreach (var entry in baseline.Entries)
                {
                    if (!matched.Contains(entry.Fingerprint))
                    {
                        stale.Add(new StaleEntry(baselineSource, entry.Line, entry.Fingerprint, entry.Path));
                    }
                }
            }

            return stale;
        }
    }
}

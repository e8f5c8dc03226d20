using System;
using System.Collections.Generic;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// A set of findings a team has accepted (usually the state of an old repository on the day it adopted
    /// SecretGuard). Findings whose fingerprint is in the baseline are not reported again. Fingerprints are
    /// line-independent, so moving code keeps a finding baselined, while a new secret (even on the same
    /// line) has a new fingerprint and is reported.
    /// Serialised by <see cref="BaselineJsonWriter"/> and read by <see cref="BaselineJsonReader"/>.
    /// </summary>
    public sealed class Baseline
    {
        /// <summary>The schema version this code writes and reads.</summary>
        public const int CurrentVersion = 1;

        /// <summary>Default file name, at the repository root.</summary>
        public const string DefaultFileName = ".secretguard-baseline.json";

        private readonly HashSet<string> fingerprints;

        public Baseline(IEnumerable<BaselineEntry> entries)
        {
            if (entries is null)
            {
                throw new ArgumentNullException(nameof(entries));
            }

            var unique = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry.Fingerprint.Length > 0 && !unique.ContainsKey(entry.Fingerprint))
                {
                    unique.Add(entry.Fingerprint, entry);
                }
            }

            var sorted = new List<BaselineEntry>(unique.Values);
            sorted.Sort(CompareEntries);
            Entries = sorted;
            fingerprints = new HashSet<string>(unique.Keys, StringComparer.Ordinal);
        }

        public static Baseline Empty { get; } = new Baseline(new BaselineEntry[0]);

        /// <summary>Entries sorted by path, line, rule and fingerprint (a stable, diff-friendly order).</summary>
        public IReadOnlyList<BaselineEntry> Entries { get; }

        public int Count => Entries.Count;

        /// <summary>A baseline accepting every given finding (one entry per distinct fingerprint).</summary>
        public static Baseline FromFindings(IEnumerable<Finding> findings)
        {
            if (findings is null)
            {
                throw new ArgumentNullException(nameof(findings));
            }

            var entries = new List<BaselineEntry>();
            foreach (var finding in findings)
            {
                entries.Add(new BaselineEntry(finding.Fingerprint, finding.RuleId, finding.Path, finding.Line));
            }

            return new Baseline(entries);
        }

        public bool Contains(string fingerprint) => fingerprints.Contains(fingerprint);

        /// <summary>
        /// The baseline after a rescan: entries still found are kept, new findings are added, entries no
        /// longer found are dropped. Counts tell the user what changed.
        /// </summary>
        public BaselineUpdate Update(IEnumerable<Finding> currentFindings)
        {
            var current = FromFindings(currentFindings);
            var added = 0;
            var kept = 0;
            foreach (var entry in current.Entries)
            {
                if (Contains(entry.Fingerprint))
                {
                    kept++;
                }
                else
                {
                    added++;
                }
            }

            return new BaselineUpdate(current, added, kept, Count - kept);
        }

        private static int CompareEntries(BaselineEntry a, BaselineEntry b)
        {
            var result = string.CompareOrdinal(a.Path, b.Path);
            if (result == 0)
            {
                result = a.Line.CompareTo(b.Line);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(a.RuleId, b.RuleId);
            }

            return result != 0 ? result : string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
        }
    }
}

using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Baselines
{
    /// <summary>The parsed <c>.secretguardignore</c>: fingerprints whose findings are never reported.</summary>
    public sealed class IgnoreList
    {
        /// <summary>Default file name, at the repository (or scan) root.</summary>
        public const string DefaultFileName = ".secretguardignore";

        private readonly HashSet<string> fingerprints;

        public IgnoreList(IReadOnlyList<IgnoreEntry> entries, string sourceName)
        {
            Entries = entries ?? throw new ArgumentNullException(nameof(entries));
            SourceName = sourceName ?? DefaultFileName;
            fingerprints = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                fingerprints.Add(entry.Fingerprint);
            }
        }

        public static IgnoreList Empty { get; } = new IgnoreList(new IgnoreEntry[0], DefaultFileName);

        public IReadOnlyList<IgnoreEntry> Entries { get; }

        /// <summary>The file the entries came from (for messages about stale entries).</summary>
        public string SourceName { get; }

        public bool Contains(string fingerprint) => fingerprints.Contains(fingerprint);
    }
}

namespace SecretGuard.Core.Baselines
{
    /// <summary>A baseline or ignore-file entry that matched no finding in a scan (the secret was removed or its path changed).</summary>
    public sealed class StaleEntry
    {
        public StaleEntry(string sourceName, int line, string fingerprint, string hint)
        {
            SourceName = sourceName;
            Line = line;
            Fingerprint = fingerprint;
            Hint = hint;
        }

        /// <summary>The baseline or ignore file holding the entry.</summary>
        public string SourceName { get; }

        /// <summary>Line in an ignore file, or the recorded finding line for a baseline entry (0 when unknown).</summary>
        public int Line { get; }

        public string Fingerprint { get; }

        /// <summary>The ignore comment, or the baselined path, for the human reading the list.</summary>
        public string Hint { get; }

        public override string ToString() => $"{SourceName}: {Fingerprint}{(Hint.Length > 0 ? "  # " + Hint : "")}";
    }
}

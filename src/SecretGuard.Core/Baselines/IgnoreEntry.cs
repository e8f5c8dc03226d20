namespace SecretGuard.Core.Baselines
{
    /// <summary>One line of a <c>.secretguardignore</c> file: a fingerprint and the optional comment after it.</summary>
    public sealed class IgnoreEntry
    {
        public IgnoreEntry(string fingerprint, string comment, int line)
        {
            Fingerprint = fingerprint;
            Comment = comment;
            Line = line;
        }

        public string Fingerprint { get; }

        /// <summary>Text after <c>#</c> on the same line (why it is ignored), trimmed; empty when none.</summary>
        public string Comment { get; }

        /// <summary>1-based line in the ignore file.</summary>
        public int Line { get; }
    }
}

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// One accepted finding in a baseline. Only the fingerprint decides a match; rule, path and line are
    /// hints for the humans reviewing the file. No secret and no preview is ever stored.
    /// </summary>
    public sealed class BaselineEntry
    {
        public BaselineEntry(string fingerprint, string ruleId, string path, int line)
        {
            Fingerprint = fingerprint ?? "";
            RuleId = ruleId ?? "";
            Path = path ?? "";
            Line = line;
        }

        /// <summary>The finding's line-independent fingerprint (<c>ruleId:hex32</c>).</summary>
        public string Fingerprint { get; }

        public string RuleId { get; }

        public string Path { get; }

        /// <summary>Where the finding was when the baseline was written; a hint only, never used to match.</summary>
        public int Line { get; }
    }
}

namespace SecretGuard.Core.Baselines
{
    /// <summary>The result of <see cref="Baseline.Update"/>: the new baseline and what changed.</summary>
    public sealed class BaselineUpdate
    {
        public BaselineUpdate(Baseline baseline, int added, int kept, int removed)
        {
            Baseline = baseline;
            Added = added;
            Kept = kept;
            Removed = removed;
        }

        public Baseline Baseline { get; }

        /// <summary>Findings not in the old baseline.</summary>
        public int Added { get; }

        /// <summary>Old entries still found.</summary>
        public int Kept { get; }

        /// <summary>Old entries no longer found (fixed or removed secrets).</summary>
        public int Removed { get; }
    }
}

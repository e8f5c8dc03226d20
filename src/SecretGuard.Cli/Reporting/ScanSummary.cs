namespace SecretGuard.Cli.Reporting;

/// <summary>What a run looked at and what it left out, printed under the findings by every format.</summary>
public sealed class ScanSummary
{
    /// <summary>Files (or blobs, or stdin) whose text was scanned.</summary>
    public long FilesScanned { get; init; }

    /// <summary>Bytes of text scanned.</summary>
    public long BytesScanned { get; init; }

    /// <summary>Files skipped because they look binary (path-only rules still ran on them).</summary>
    public long SkippedBinary { get; init; }

    /// <summary>Files skipped because they exceed the size limit.</summary>
    public long SkippedTooLarge { get; init; }

    /// <summary>Files or folders that could not be read (permission denied, vanished, I/O error).</summary>
    public long SkippedUnreadable { get; init; }

    /// <summary>Symbolic links that were not followed.</summary>
    public long SkippedSymlinks { get; init; }

    /// <summary>Files excluded by a global path allowlist of the rule catalog.</summary>
    public long SkippedAllowlisted { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Findings reported (after baseline and confidence filtering).</summary>
    public int FindingsCount { get; init; }

    /// <summary>Free-form notes for the summary, e.g. "shallow clone: history before abc1234 not scanned".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public long SkippedTotal => SkippedBinary + SkippedTooLarge + SkippedUnreadable + SkippedSymlinks + SkippedAllowlisted;
}

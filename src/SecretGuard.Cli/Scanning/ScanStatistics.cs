using SecretGuard.Cli.Reporting;

namespace SecretGuard.Cli.Scanning;

/// <summary>Thread-safe counters of one scan, turned into a <see cref="ScanSummary"/> at the end.</summary>
public sealed class ScanStatistics
{
    private long filesScanned;
    private long bytesScanned;
    private readonly long[] skipped = new long[Enum.GetValues<SkipReason>().Length];

    public long FilesScanned => Interlocked.Read(ref filesScanned);

    public long BytesScanned => Interlocked.Read(ref bytesScanned);

    public void Scanned(long bytes)
    {
        Interlocked.Increment(ref filesScanned);
        Interlocked.Add(ref bytesScanned, bytes);
    }

    public void Skipped(SkipReason reason) => Interlocked.Increment(ref skipped[(int)reason]);

    public long SkippedCount(SkipReason reason) => Interlocked.Read(ref skipped[(int)reason]);

    public ScanSummary ToSummary(TimeSpan duration, int findingsCount, IReadOnlyList<string> notes) => new()
    {
        FilesScanned = FilesScanned,
        BytesScanned = BytesScanned,
        SkippedBinary = SkippedCount(SkipReason.Binary),
        SkippedTooLarge = SkippedCount(SkipReason.TooLarge),
        SkippedUnreadable = SkippedCount(SkipReason.Unreadable),
        SkippedSymlinks = SkippedCount(SkipReason.Symlink),
        SkippedAllowlisted = SkippedCount(SkipReason.Allowlisted),
        Duration = duration,
        FindingsCount = findingsCount,
        Notes = notes,
    };
}

using System.Diagnostics;

namespace SecretGuard.Git;

/// <summary>Shared scan counters; forwards a snapshot to the caller's <see cref="IProgress{T}"/> at most every 100 ms.</summary>
internal sealed class ProgressThrottle
{
    private const long IntervalMs = 100;

    private readonly IProgress<GitScanProgress>? progress;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long nextReportMs;
    private int commits;
    private int blobsTotal;
    private int blobsScanned;
    private long bytes;

    public ProgressThrottle(IProgress<GitScanProgress>? progress)
    {
        this.progress = progress;
    }

    public string Phase { get; set; } = "walking commits";

    public TimeSpan Elapsed => clock.Elapsed;

    public int Commits => Volatile.Read(ref commits);

    public int BlobsScanned => Volatile.Read(ref blobsScanned);

    public long Bytes => Interlocked.Read(ref bytes);

    public void CommitWalked()
    {
        Interlocked.Increment(ref commits);
        MaybeReport();
    }

    public void BlobQueued() => Interlocked.Increment(ref blobsTotal);

    public void BlobScanned(long size)
    {
        Interlocked.Increment(ref blobsScanned);
        Interlocked.Add(ref bytes, size);
        MaybeReport();
    }

    public void ReportNow()
    {
        progress?.Report(new GitScanProgress(Phase, Commits, Volatile.Read(ref blobsTotal), BlobsScanned, Bytes, clock.Elapsed));
    }

    private void MaybeReport()
    {
        if (progress is null)
        {
            return;
        }

        var now = clock.ElapsedMilliseconds;
        var due = Interlocked.Read(ref nextReportMs);
        if (now >= due && Interlocked.CompareExchange(ref nextReportMs, now + IntervalMs, due) == due)
        {
            ReportNow();
        }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// Reads and scans unique blobs in parallel (one object reader per worker: libgit2 handles are not shared
/// across threads), scanning each blob once per distinct path it appeared at (path rules and allowlists
/// depend on the path) with the introducing commit (commit allowlists apply).
/// </summary>
internal sealed class BlobScanWorker
{
    private readonly SecretScanner scanner;
    private readonly string gitDirectory;
    private readonly long maxBlobSize;
    private readonly ProgressThrottle progress;
    private const int BatchSize = 64;

    // Places are handed over in batches: one wake-up per batch instead of one per blob.
    private readonly BlockingCollection<List<(Oid Blob, BlobPlace Place)>> queue = new(new ConcurrentQueue<List<(Oid, BlobPlace)>>());
    private List<(Oid Blob, BlobPlace Place)> pending = new(BatchSize);
    private Task[] workers = [];
    private int binary;
    private int lfs;
    private int large;

    public BlobScanWorker(SecretScanner scanner, string gitDirectory, long maxBlobSize, ProgressThrottle progress)
    {
        this.scanner = scanner;
        this.gitDirectory = gitDirectory;
        this.maxBlobSize = maxBlobSize;
        this.progress = progress;
    }

    public int BinarySkipped => binary;

    public int LfsSkipped => lfs;

    public int LargeSkipped => large;

    public ConcurrentBag<GitScanProblem> Problems { get; } = new();

    public ConcurrentBag<PlacedFinding> Findings { get; } = new();

    /// <summary>
    /// Starts <paramref name="threads"/> workers, each with its own object reader, that scan places as they are
    /// <see cref="Enqueue"/>d (while the history walk is still running); <see cref="Complete"/> waits for them.
    /// </summary>
    public void Start(int threads)
    {
        var count = Math.Max(1, threads);
        workers = new Task[count];
        for (var i = 0; i < count; i++)
        {
            workers[i] = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Queues one place (called from one thread only); <paramref name="counted"/> when the progress total already has it.</summary>
    public void Enqueue(Oid blob, BlobPlace place, bool counted = false)
    {
        if (!counted)
        {
            progress.BlobQueued();
        }

        pending.Add((blob, place));
        if (pending.Count >= BatchSize)
        {
            queue.Add(pending);
            pending = new List<(Oid, BlobPlace)>(BatchSize);
        }
    }

    /// <summary>No more work: waits until every queued place is scanned.</summary>
    public void Complete()
    {
        if (pending.Count > 0)
        {
            queue.Add(pending);
            pending = new List<(Oid, BlobPlace)>(0);
        }

        queue.CompleteAdding();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
        }
    }

    private void Drain()
    {
        using var reader = new ObjectReader(gitDirectory);
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            foreach (var (blob, place) in batch)
            {
                ScanOne(reader, blob, [place]);
            }
        }
    }

    public void ScanOne(ObjectReader reader, Oid blob, BlobPlace[] places)
    {
        var wanted = WantedPlaces(places);
        if (wanted.Length == 0)
        {
            return;
        }

        try
        {
            var size = reader.ReadSize(blob);
            if (size > maxBlobSize)
            {
                Skip(BlobKind.TooLarge, size, wanted);
                return;
            }

            reader.Read(blob, Libgit2.ObjectType.Blob, bytes =>
            {
                Scan(bytes, wanted);
                return true;
            });
        }
        catch (GitScanException exception)
        {
            ReportUnreadable(blob, wanted, exception.Message);
        }
    }

    /// <summary>The places not excluded by a global path allowlist (a blob with none is not read at all).</summary>
    public BlobPlace[] WantedPlaces(BlobPlace[] places) => Array.FindAll(places, place => !scanner.IsPathAllowed(place.Path));

    /// <summary>Records a blob that could not be read, naming where it was expected.</summary>
    public void ReportUnreadable(Oid blob, BlobPlace[] places, string message)
    {
        var where = places[0].Commit is { } commit ? $"{places[0].Path} at commit {commit.Sha}" : $"{places[0].Path}, staged";
        Problems.Add(new GitScanProblem(blob.ToHex(), $"{message} ({where}); not scanned"));
    }

    /// <summary>
    /// Scans a blob given as its raw bytes, once per place (thread-safe): a text revision that is clean line by line is
    /// decided on the bytes (<see cref="SecretScanner.TryScanCleanRevision"/>), other text is decoded and scanned, and
    /// binary content and LFS pointers are skipped (<see cref="Skip"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public void Scan(ReadOnlySpan<byte> bytes, BlobPlace[] places)
    {
        var kind = BlobBytes.KindOf(bytes);
        if (kind != BlobKind.Text)
        {
            Skip(kind, bytes.Length, places);
            return;
        }

        progress.BlobScanned(bytes.Length);
        string? text = null;
        foreach (var place in places)
        {
            var commit = place.Commit?.Sha;
            if (!scanner.TryScanCleanRevision(bytes, place.Path, commit, out var findings))
            {
                text ??= BlobBytes.Decode(bytes);
                findings = scanner.ScanRevision(text, place.Path, commit);
            }

            Collect(findings, place);
        }
    }

    /// <summary>A blob whose content is not scanned (binary, LFS pointer, over the size limit): counted, and its paths still checked.</summary>
    public void Skip(BlobKind kind, long size, BlobPlace[] places)
    {
        progress.BlobScanned(size);
        switch (kind)
        {
            case BlobKind.Binary: Interlocked.Increment(ref binary); break;
            case BlobKind.LfsPointer: Interlocked.Increment(ref lfs); break;
            default: Interlocked.Increment(ref large); break;
        }

        foreach (var place in places)
        {
            Collect(scanner.ScanPath(place.Path), place);
        }
    }

    private void Collect(IReadOnlyList<Finding> findings, BlobPlace place)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            occurrences.TryGetValue(finding.Fingerprint, out var nth);
            occurrences[finding.Fingerprint] = nth + 1;
            Findings.Add(new PlacedFinding(finding, place.Commit, nth));
        }
    }
}

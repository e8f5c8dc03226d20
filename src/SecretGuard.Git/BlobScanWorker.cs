using System.Collections.Concurrent;
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

    public void ScanAll(List<(Oid Blob, BlobPlace[] Places)> work, int threads)
    {
        progress.SetBlobsTotal(work.Count);
        if (work.Count == 0)
        {
            return;
        }

        var workers = Math.Max(1, Math.Min(threads, work.Count));
        if (workers == 1)
        {
            using var reader = new ObjectReader(gitDirectory);
            foreach (var (blob, places) in work)
            {
                ScanOne(reader, blob, places);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        Parallel.ForEach(
            Partitioner.Create(0, work.Count, Math.Max(16, work.Count / (workers * 16))),
            options,
            () => new ObjectReader(gitDirectory),
            (range, _, reader) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    ScanOne(reader, work[i].Blob, work[i].Places);
                }

                return reader;
            },
            reader => reader.Dispose());
    }

    public void ScanOne(ObjectReader reader, Oid blob, BlobPlace[] places)
    {
        var wanted = Array.FindAll(places, place => !scanner.IsPathAllowed(place.Path));
        if (wanted.Length == 0)
        {
            return;
        }

        BlobContent content;
        try
        {
            content = BlobContentReader.Read(reader, blob, maxBlobSize);
        }
        catch (GitScanException exception)
        {
            var where = wanted[0].Commit is { } commit ? $"{wanted[0].Path} at commit {commit.Sha}" : $"{wanted[0].Path}, staged";
            Problems.Add(new GitScanProblem(blob.ToHex(), $"{exception.Message} ({where}); not scanned"));
            return;
        }

        progress.BlobScanned(content.Size);
        if (content.Kind != BlobKind.Text)
        {
            switch (content.Kind)
            {
                case BlobKind.Binary: Interlocked.Increment(ref binary); break;
                case BlobKind.LfsPointer: Interlocked.Increment(ref lfs); break;
                default: Interlocked.Increment(ref large); break;
            }

            foreach (var place in wanted)
            {
                Collect(scanner.ScanPath(place.Path), place);
            }

            return;
        }

        foreach (var place in wanted)
        {
            Collect(scanner.Scan(content.Text, place.Path, place.Commit?.Sha), place);
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

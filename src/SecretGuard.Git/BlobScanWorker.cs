using System.Collections.Concurrent;
using LibGit2Sharp;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Git;

/// <summary>
/// Reads and scans unique blobs in parallel (one repository handle per worker, libgit2 handles are not
/// shared across threads), scanning each blob once per distinct path it appeared at (path rules and
/// allowlists depend on the path) with the introducing commit (commit allowlists apply).
/// </summary>
internal sealed class BlobScanWorker
{
    private readonly SecretScanner scanner;
    private readonly string repositoryPath;
    private readonly long maxBlobSize;
    private readonly ProgressThrottle progress;
    private int binary;
    private int lfs;
    private int large;

    public BlobScanWorker(SecretScanner scanner, string repositoryPath, long maxBlobSize, ProgressThrottle progress)
    {
        this.scanner = scanner;
        this.repositoryPath = repositoryPath;
        this.maxBlobSize = maxBlobSize;
        this.progress = progress;
    }

    public int BinarySkipped => binary;

    public int LfsSkipped => lfs;

    public int LargeSkipped => large;

    public ConcurrentBag<GitScanProblem> Problems { get; } = new();

    public ConcurrentBag<PlacedFinding> Findings { get; } = new();

    public void ScanAll(List<(ObjectId Blob, BlobPlace[] Places)> work, int threads)
    {
        progress.SetBlobsTotal(work.Count);
        if (work.Count == 0)
        {
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(threads, work.Count)) };
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, work.Count, Math.Max(16, work.Count / (options.MaxDegreeOfParallelism * 8))),
            options,
            () => new Repository(repositoryPath),
            (range, _, repository) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    ScanOne(repository, work[i].Blob, work[i].Places);
                }

                return repository;
            },
            repository => repository.Dispose());
    }

    public void ScanOne(Repository repository, ObjectId blob, BlobPlace[] places)
    {
        var wanted = places.Where(place => !scanner.IsPathAllowed(place.Path)).ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        BlobContent content;
        try
        {
            content = BlobContentReader.Read(repository, blob, maxBlobSize);
        }
        catch (GitScanException exception)
        {
            var where = wanted[0].Commit is { } commit ? $" ({wanted[0].Path} at commit {commit.Sha})" : $" ({wanted[0].Path}, staged)";
            Problems.Add(new GitScanProblem(blob.Sha, exception.Message + where + "; not scanned"));
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
                Attribute(scanner.ScanPath(place.Path), place);
            }

            return;
        }

        foreach (var place in wanted)
        {
            Attribute(scanner.Scan(content.Text, place.Path, place.Commit?.Sha), place);
        }
    }

    private void Attribute(IReadOnlyList<Finding> findings, BlobPlace place)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var properties = place.Commit?.ToProperties();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            occurrences.TryGetValue(finding.Fingerprint, out var nth);
            occurrences[finding.Fingerprint] = nth + 1;
            var attributed = properties is null ? finding : finding.WithProperties(properties);
            Findings.Add(new PlacedFinding(attributed, place.Commit?.Order ?? 0, nth));
        }
    }
}

using LibGit2Sharp;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Git.Native;
using SecretGuard.Git.Pack;

namespace SecretGuard.Git;

/// <summary>
/// Scans a git repository's history (or its staged changes) with a <see cref="SecretScanner"/>.
/// History: walk the selected commits oldest first, collect each (blob, path) with the first commit that
/// introduced it, read and scan every unique blob once in parallel, attribute findings to the introducing
/// commit, and report each place once. Unreadable objects become <see cref="GitScanResult.Problems"/>;
/// the rest is still scanned.
/// </summary>
public sealed class GitHistoryScanner
{
    private readonly SecretScanner scanner;

    public GitHistoryScanner(SecretScanner scanner)
    {
        this.scanner = scanner ?? throw new ArgumentNullException(nameof(scanner));
    }

    /// <summary>The repository (its <c>.git</c> folder, or a bare repository's folder) containing <paramref name="path"/>.</summary>
    public static string FindRepository(string path)
    {
        string? found;
        try
        {
            found = Repository.Discover(Path.GetFullPath(path));
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"{path}: not a git repository ({exception.Message})", exception);
        }

        return found ?? throw new GitScanException($"{path}: not a git repository (or any parent folder)");
    }

    /// <summary>Scans the commits selected by <paramref name="options"/> (all refs by default).</summary>
    public GitScanResult ScanHistory(string path, GitScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var repositoryPath = FindRepository(path);
        var progress = new ProgressThrottle(options.Progress);
        var worker = new BlobScanWorker(scanner, repositoryPath, options.MaxBlobSize, progress);
        var introductions = new BlobIntroductions();
        var problems = new List<GitScanProblem>();
        var threads = Math.Max(1, options.Threads);
        bool shallow;
        var commits = 0;
        PackedObjectDatabase? packs = null;
        Dictionary<Oid, List<BlobPlace>>? collected = null;

        // A full history of a packed repository reads the packs in bulk: start opening them and preloading every
        // commit and tree now, while libgit2 works out the commits to walk. A range decides after the selection.
        PackPreload? preload = options.Range is null && PackedObjectDatabase.CountPackedObjects(repositoryPath) > 0
            ? PackPreload.Start(repositoryPath, threads)
            : null;
        try
        {
            using var repository = OpenRepository(repositoryPath);
            using var reader = new ObjectReader(repositoryPath);
            shallow = repository.Info.IsShallow;
            var shallowBoundary = shallow ? ShallowBoundary(repository.Info.Path) : [];
            var recorder = new DirectWalkRecorder(introductions, problems);
            var walker = new HistoryWalker(reader, recorder, shallowBoundary);
            var selected = CommitSelector.Select(repository, reader, options, out var walkError);
            if (walkError is not null)
            {
                problems.Add(new GitScanProblem("", walkError + "; walked again commit by commit, skipping unreadable commits"));
            }

            if (preload is null && CoversMostObjects(selected.Count, repositoryPath))
            {
                preload = PackPreload.Start(repositoryPath, threads);
            }

            if (preload is not null && selected.Count > 0)
            {
                // Bulk: every commit and tree of the packs in memory, the walk reads them there; then the introduced
                // blobs are resolved and scanned in one pass over the packs (see PackResolver).
                progress.Phase = "reading commits and trees";
                (packs, reader.Preloaded) = preload.Wait();
                collected = new Dictionary<Oid, List<BlobPlace>>();
                introductions.BlobFound = (blob, place) =>
                {
                    progress.BlobQueued();
                    if (!collected.TryGetValue(blob, out var list))
                    {
                        collected.Add(blob, list = new List<BlobPlace>(1));
                    }

                    list.Add(place);
                };
                progress.Phase = "walking commits";
            }
            else
            {
                // Loose objects, or a few commits of a large packed history (a pull request's range): read only what
                // the walk touches, one object at a time, scanning blobs while the walk goes on.
                introductions.BlobFound = (blob, place) => worker.Enqueue(blob, place);
                worker.Start(threads);
            }

            if (reader.Preloaded is { } preloaded)
            {
                // Commits read on all cores, then filtered and numbered in walk order, then walked on all cores.
                var read = ParallelHistoryWalk.ReadCommits(repositoryPath, preloaded, selected, threads);
                var toWalk = new List<(RawCommit Commit, CommitInfo Info)>(selected.Count);
                for (var i = 0; i < selected.Count; i++)
                {
                    var (raw, problem) = read[i];
                    if (problem is not null)
                    {
                        recorder.Problem(problem);
                    }

                    if (raw is not null && InDateRange(raw, options))
                    {
                        toWalk.Add((raw, new CommitInfo(selected[i], commits++)));
                    }
                }

                ParallelHistoryWalk.Run(repositoryPath, preloaded, shallowBoundary, toWalk, threads, recorder, progress);
            }
            else
            {
                foreach (var id in selected)
                {
                    if (walker.ReadCommit(id) is { } raw && InDateRange(raw, options))
                    {
                        walker.AddCommit(raw, new CommitInfo(id, commits++));
                        progress.CommitWalked();
                    }
                }
            }

            if (packs is not null && collected is not null)
            {
                progress.Phase = "scanning blobs";
                var places = new Dictionary<Oid, BlobPlace[]>(collected.Count);
                foreach (var (blob, list) in collected)
                {
                    var wanted = worker.WantedPlaces([.. list]);
                    if (wanted.Length > 0)
                    {
                        places.Add(blob, wanted);
                    }
                }

                var rest = PackedBlobScan.Run(packs, worker, places, options.MaxBlobSize, threads);
                worker.Start(threads);
                foreach (var blob in rest)
                {
                    foreach (var place in places[blob])
                    {
                        worker.Enqueue(blob, place, counted: true);
                    }
                }
            }
        }
        finally
        {
            progress.Phase = "scanning blobs";
            worker.Complete();
            preload?.Dispose();
        }

        progress.ReportNow();
        problems.AddRange(worker.Problems.OrderBy(problem => problem.ObjectId, StringComparer.Ordinal));

        IReadOnlyList<Finding> findings;
        using (var reader = new ObjectReader(repositoryPath))
        {
            findings = OnePerPlace(worker.Findings, reader);
        }

        return new GitScanResult
        {
            Findings = findings,
            CommitsScanned = commits,
            BlobsScanned = introductions.Count,
            BytesScanned = progress.Bytes,
            BinaryBlobsSkipped = worker.BinarySkipped,
            LfsPointersSkipped = worker.LfsSkipped,
            LargeBlobsSkipped = worker.LargeSkipped,
            IsShallow = shallow,
            SubmodulePaths = introductions.SubmodulePaths.ToArray(),
            Problems = problems,
            Elapsed = progress.Elapsed,
        };
    }

    /// <summary>
    /// Scans what <c>git commit</c> would record now: blobs added or changed in the index relative to HEAD
    /// (everything staged when there is no commit yet). No history walk, for pre-commit hooks.
    /// </summary>
    public GitScanResult ScanStaged(string path, GitScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var repositoryPath = FindRepository(path);
        var progress = new ProgressThrottle(options.Progress) { Phase = "scanning staged changes" };
        var worker = new BlobScanWorker(scanner, repositoryPath, options.MaxBlobSize, progress);
        var staged = new List<(Oid Blob, BlobPlace Place)>();
        var introductions = new BlobIntroductions { BlobFound = (blob, place) => staged.Add((blob, place)) };
        using var repository = OpenRepository(repositoryPath);
        if (repository.Info.IsBare)
        {
            throw new GitScanException($"{path}: a bare repository has no index, so there is nothing staged to scan");
        }

        var headTree = repository.Info.IsHeadUnborn ? null : repository.Head.Tip?.Tree;
        var changes = repository.Diff.Compare<TreeChanges>(headTree, DiffTargets.Index);
        foreach (var change in changes)
        {
            if (change.Status is not (ChangeKind.Added or ChangeKind.Modified or ChangeKind.Renamed or ChangeKind.Copied or ChangeKind.TypeChanged))
            {
                continue;
            }

            if (change.Mode == Mode.GitLink)
            {
                introductions.AddSubmodule(change.Path);
            }
            else if (change.Mode != Mode.Nonexistent)
            {
                introductions.Add(Oid.FromObjectId(change.Oid), change.Path, null);
            }
        }

        IReadOnlyList<Finding> findings;
        using (var reader = new ObjectReader(repositoryPath))
        {
            foreach (var (blob, place) in staged)
            {
                worker.ScanOne(reader, blob, [place]);
            }

            findings = OnePerPlace(worker.Findings, reader);
        }

        return new GitScanResult
        {
            Findings = findings,
            CommitsScanned = 0,
            BlobsScanned = progress.BlobsScanned,
            BytesScanned = progress.Bytes,
            BinaryBlobsSkipped = worker.BinarySkipped,
            LfsPointersSkipped = worker.LfsSkipped,
            LargeBlobsSkipped = worker.LargeSkipped,
            IsShallow = repository.Info.IsShallow,
            SubmodulePaths = introductions.SubmodulePaths.ToArray(),
            Problems = worker.Problems.OrderBy(problem => problem.ObjectId, StringComparer.Ordinal).ToArray(),
            Elapsed = progress.Elapsed,
        };
    }

    private static bool InDateRange(RawCommit commit, GitScanOptions options) =>
        (options.Since is not { } since || commit.Committed >= since) && (options.Until is not { } until || commit.Committed <= until);

    /// <summary>
    /// For a range: whether the repository is packed and the selected commits cover most of it, so that resolving every packed commit and tree in
    /// bulk is cheaper than reading what the walk touches one object at a time: a full history has a handful of
    /// objects per commit; a pull request's few commits in a large repository do not come close.
    /// </summary>
    private static bool CoversMostObjects(int selectedCommits, string repositoryPath)
    {
        const int objectsPerCommit = 20;
        var packed = PackedObjectDatabase.CountPackedObjects(repositoryPath);
        return packed > 0 && (long)selectedCommits * objectsPerCommit >= packed;
    }

    /// <summary>The commits whose parents a shallow clone cut off (listed in <c>.git/shallow</c>).</summary>
    private static HashSet<Oid> ShallowBoundary(string gitDirectory)
    {
        var boundary = new HashSet<Oid>();
        var file = Path.Combine(gitDirectory, "shallow");
        if (File.Exists(file))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                if (Oid.TryParseHex(System.Text.Encoding.ASCII.GetBytes(line.Trim()), out var id))
                {
                    boundary.Add(id);
                }
            }
        }

        return boundary;
    }

    private static Repository OpenRepository(string repositoryPath)
    {
        try
        {
            return new Repository(repositoryPath);
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"{repositoryPath}: the repository could not be opened ({exception.Message})", exception);
        }
    }

    /// <summary>Each place once (the earliest introducing commit wins), ordered by that commit, then path and position.</summary>
    private static IReadOnlyList<Finding> OnePerPlace(IEnumerable<PlacedFinding> placed, ObjectReader reader)
    {
        var earliest = new Dictionary<string, PlacedFinding>(StringComparer.Ordinal);
        foreach (var candidate in placed)
        {
            if (!earliest.TryGetValue(candidate.PlaceKey, out var existing) || IsEarlier(candidate, existing))
            {
                earliest[candidate.PlaceKey] = candidate;
            }
        }

        return earliest.Values
            .OrderBy(item => item.CommitOrder)
            .ThenBy(item => item.Finding.Path, StringComparer.Ordinal)
            .ThenBy(item => item.Finding.Line)
            .ThenBy(item => item.Finding.Column)
            .ThenBy(item => item.Finding.RuleId, StringComparer.Ordinal)
            .Select(item => item.Commit is null ? item.Finding : item.Finding.WithProperties(item.Commit.Describe(reader)))
            .ToArray();
    }

    private static bool IsEarlier(PlacedFinding candidate, PlacedFinding existing)
    {
        if (candidate.CommitOrder != existing.CommitOrder)
        {
            return candidate.CommitOrder < existing.CommitOrder;
        }

        var line = candidate.Finding.Line.CompareTo(existing.Finding.Line);
        return line != 0 ? line < 0 : candidate.Finding.Column < existing.Finding.Column;
    }
}

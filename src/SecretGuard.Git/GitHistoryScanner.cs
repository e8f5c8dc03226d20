using LibGit2Sharp;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

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
        var introductions = new BlobIntroductions();
        var problems = new List<GitScanProblem>();
        bool shallow;
        var commits = 0;

        using (var repository = OpenRepository(repositoryPath))
        {
            shallow = repository.Info.IsShallow;
            var walker = new HistoryWalker(repository, introductions, problems);
            try
            {
                foreach (var commit in CommitSelector.Select(repository, options))
                {
                    var when = commit.Committer.When;
                    if ((options.Since is { } since && when < since) || (options.Until is { } until && when > until))
                    {
                        continue;
                    }

                    walker.AddCommit(commit, new CommitInfo(commit, commits));
                    commits++;
                    progress.CommitWalked();
                }
            }
            catch (LibGit2SharpException exception)
            {
                problems.Add(new GitScanProblem("", $"the commit walk stopped after {commits} commits: {exception.Message}; commits not reached were not scanned"));
            }
        }

        progress.Phase = "scanning blobs";
        var worker = new BlobScanWorker(scanner, repositoryPath, options.MaxBlobSize, progress);
        worker.ScanAll(introductions.ToWorkList(), options.Threads);
        progress.ReportNow();
        problems.AddRange(worker.Problems.OrderBy(problem => problem.ObjectId, StringComparer.Ordinal));

        return new GitScanResult
        {
            Findings = OnePerPlace(worker.Findings),
            CommitsScanned = commits,
            BlobsScanned = progress.BlobsScanned,
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
        var introductions = new BlobIntroductions();
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
                introductions.Add(change.Oid, change.Path, null);
            }
        }

        var worker = new BlobScanWorker(scanner, repositoryPath, options.MaxBlobSize, progress);
        var work = introductions.ToWorkList();
        if (work.Count > 64 && options.Threads > 1)
        {
            worker.ScanAll(work, options.Threads);
        }
        else
        {
            foreach (var (blob, places) in work)
            {
                worker.ScanOne(repository, blob, places);
            }
        }

        return new GitScanResult
        {
            Findings = OnePerPlace(worker.Findings),
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
    private static IReadOnlyList<Finding> OnePerPlace(IEnumerable<PlacedFinding> placed)
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
            .Select(item => item.Finding)
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

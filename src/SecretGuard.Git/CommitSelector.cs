using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>Turns <c>--all</c>, <c>--branch</c> and <c>--range</c> into the commit walk libgit2 performs (oldest first).</summary>
internal static class CommitSelector
{
    public static IEnumerable<Commit> Select(Repository repository, GitScanOptions options)
    {
        var filter = new CommitFilter
        {
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };

        if (!string.IsNullOrWhiteSpace(options.Range))
        {
            var range = options.Range!.Trim();
            var separator = range.IndexOf("..", StringComparison.Ordinal);
            if (separator <= 0 || separator + 2 >= range.Length || range[separator + 2] == '.')
            {
                throw new GitScanException($"range '{range}' is not of the form A..B (for a pull request: origin/main..HEAD)");
            }

            filter.ExcludeReachableFrom = Resolve(repository, range.Substring(0, separator));
            filter.IncludeReachableFrom = Resolve(repository, range.Substring(separator + 2));
        }
        else if (options.Branches.Count > 0)
        {
            filter.IncludeReachableFrom = options.Branches.Select(branch => Resolve(repository, branch)).ToList();
        }
        else
        {
            var tips = AllRefTips(repository);
            if (tips.Count == 0)
            {
                return Array.Empty<Commit>(); // empty repository: nothing committed yet
            }

            filter.IncludeReachableFrom = tips;
        }

        return repository.Commits.QueryBy(filter);
    }

    private static Commit Resolve(Repository repository, string revision)
    {
        GitObject? target;
        try
        {
            target = repository.Lookup(revision.Trim());
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"revision '{revision}' could not be resolved: {exception.Message}", exception);
        }

        var commit = TryPeel(target);
        return commit ?? throw new GitScanException($"revision '{revision}' does not name a commit in this repository");
    }

    /// <summary>The commit an object (commit, or tag pointing at one) designates; null for trees, blobs, tags of those.</summary>
    private static Commit? TryPeel(GitObject? target)
    {
        while (target is TagAnnotation tag)
        {
            target = tag.Target;
        }

        return target as Commit;
    }

    /// <summary>Commits at every ref (branches, tags, remotes, stash, notes excluded when not commits) and HEAD.</summary>
    private static List<Commit> AllRefTips(Repository repository)
    {
        var tips = new Dictionary<ObjectId, Commit>();
        foreach (var reference in repository.Refs)
        {
            var direct = reference.ResolveToDirectReference();
            var commit = TryPeel(direct?.Target);
            if (commit != null)
            {
                tips.TryAdd(commit.Id, commit);
            }
        }

        var head = repository.Head?.Tip;
        if (head != null)
        {
            tips.TryAdd(head.Id, head);
        }

        return tips.Values.ToList();
    }
}

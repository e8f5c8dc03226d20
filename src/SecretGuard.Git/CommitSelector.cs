using LibGit2Sharp;
using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// Turns <c>--all</c>, <c>--branch</c> and <c>--range</c> into the commits to walk, oldest first. Revisions are resolved
/// with LibGit2Sharp (few calls); the walk itself runs in libgit2 through <see cref="ObjectReader.Walk"/>.
/// </summary>
internal static class CommitSelector
{
    /// <summary>The commits to walk; <paramref name="error"/> is set when the walk broke off (the commits reached are still returned).</summary>
    public static List<Oid> Select(Repository repository, ObjectReader reader, GitScanOptions options, out string? error)
    {
        error = null;
        var include = new List<Oid>();
        var exclude = new List<Oid>();
        if (!string.IsNullOrWhiteSpace(options.Range))
        {
            var range = options.Range!.Trim();
            var separator = range.IndexOf("..", StringComparison.Ordinal);
            if (separator <= 0 || separator + 2 >= range.Length || range[separator + 2] == '.')
            {
                throw new GitScanException($"range '{range}' is not of the form A..B (for a pull request: origin/main..HEAD)");
            }

            exclude.Add(Resolve(repository, range.Substring(0, separator)));
            include.Add(Resolve(repository, range.Substring(separator + 2)));
        }
        else if (options.Branches.Count > 0)
        {
            include.AddRange(options.Branches.Select(branch => Resolve(repository, branch)));
        }
        else
        {
            include.AddRange(AllRefTips(repository));
        }

        return include.Count == 0 ? [] : reader.Walk(include, exclude, out error);
    }

    private static Oid Resolve(Repository repository, string revision)
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
        return commit is null
            ? throw new GitScanException($"revision '{revision}' does not name a commit in this repository")
            : Oid.FromObjectId(commit.Id);
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

    /// <summary>Commits at every ref (branches, tags, remotes, stash; refs to other objects are skipped) and HEAD.</summary>
    private static HashSet<Oid> AllRefTips(Repository repository)
    {
        var tips = new HashSet<Oid>();
        foreach (var reference in repository.Refs)
        {
            if (TryPeel(reference.ResolveToDirectReference()?.Target) is { } commit)
            {
                tips.Add(Oid.FromObjectId(commit.Id));
            }
        }

        if (!repository.Info.IsHeadUnborn && repository.Head?.Tip is { } head)
        {
            tips.Add(Oid.FromObjectId(head.Id));
        }

        return tips;
    }
}

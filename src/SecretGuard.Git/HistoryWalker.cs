using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>
/// Walks commits oldest first and records, for each, the blobs it introduced: a blob at a path counts as
/// introduced by a commit when no parent has that same blob at that path. Trees are compared by id, so an
/// unchanged subtree is skipped without being read; this is much cheaper than a full diff per commit.
/// For a merge, a blob taken unchanged from any parent is not new there.
/// </summary>
internal sealed class HistoryWalker
{
    private readonly TreeListingCache trees;
    private readonly BlobIntroductions introductions;
    private readonly List<GitScanProblem> problems;

    public HistoryWalker(Repository repository, BlobIntroductions introductions, List<GitScanProblem> problems)
    {
        trees = new TreeListingCache(repository);
        this.introductions = introductions;
        this.problems = problems;
    }

    public void AddCommit(Commit commit, CommitInfo info)
    {
        ObjectId treeId;
        var parentTrees = new List<ObjectId>(2);
        try
        {
            treeId = commit.Tree.Id;
            foreach (var parent in commit.Parents)
            {
                parentTrees.Add(parent.Tree.Id);
            }
        }
        catch (LibGit2SharpException exception)
        {
            problems.Add(new GitScanProblem(commit.Sha, $"commit {commit.Sha}: could not read its tree or parents ({exception.Message}); its changes were not scanned"));
            return;
        }

        foreach (var parentTree in parentTrees)
        {
            if (parentTree == treeId)
            {
                return; // same snapshot as a parent: introduces nothing
            }
        }

        var parents = new TreeListing?[parentTrees.Count];
        try
        {
            for (var i = 0; i < parents.Length; i++)
            {
                parents[i] = trees.Get(parentTrees[i]);
            }

            WalkTree(trees.Get(treeId), parents, "", info);
        }
        catch (GitScanException exception)
        {
            problems.Add(new GitScanProblem(commit.Sha, $"commit {commit.Sha}: {exception.Message}; the rest of this commit was not scanned"));
        }
    }

    /// <summary>A parent's subtree, or null when it cannot be read (its own commit reported that); everything here then counts as new.</summary>
    private TreeListing? TryGetTree(ObjectId id)
    {
        try
        {
            return trees.Get(id);
        }
        catch (GitScanException)
        {
            return null;
        }
    }

    private void WalkTree(TreeListing tree, TreeListing?[] parents, string prefix, CommitInfo info)
    {
        foreach (var item in tree.Items)
        {
            var path = prefix.Length == 0 ? item.Name : prefix + "/" + item.Name;
            TreeListing?[]? parentSubtrees = item.Kind == TreeItemKind.Tree ? new TreeListing?[parents.Length] : null;
            var unchangedInSomeParent = false;
            for (var i = 0; i < parents.Length; i++)
            {
                var parent = parents[i];
                if (parent is null || !parent.TryGet(item.Name, out var before))
                {
                    continue;
                }

                if (before.Id == item.Id && before.Kind == item.Kind)
                {
                    unchangedInSomeParent = true;
                    break;
                }

                if (parentSubtrees != null && before.Kind == TreeItemKind.Tree)
                {
                    parentSubtrees[i] = TryGetTree(before.Id);
                }
            }

            if (unchangedInSomeParent)
            {
                continue;
            }

            switch (item.Kind)
            {
                case TreeItemKind.Tree:
                    TreeListing subtree;
                    try
                    {
                        subtree = trees.Get(item.Id);
                    }
                    catch (GitScanException exception)
                    {
                        problems.Add(new GitScanProblem(item.Id.Sha, $"{path}/ at commit {info.Sha}: {exception.Message}; this folder was not scanned"));
                        continue;
                    }

                    WalkTree(subtree, parentSubtrees!, path, info);
                    break;
                case TreeItemKind.Submodule:
                    introductions.AddSubmodule(path);
                    break;
                default:
                    introductions.Add(item.Id, path, info);
                    break;
            }
        }
    }
}

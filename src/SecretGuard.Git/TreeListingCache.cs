using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>
/// Tree listings by tree id. Consecutive commits share most trees, and each changed tree is read once as a
/// commit's tree and once as its child's parent tree, so a bounded cache halves the native calls.
/// </summary>
internal sealed class TreeListingCache
{
    private const int Capacity = 50_000;

    private readonly Repository repository;
    private readonly Dictionary<ObjectId, TreeListing> cache = new();

    public TreeListingCache(Repository repository)
    {
        this.repository = repository;
    }

    /// <summary>The listing of a tree; throws <see cref="GitScanException"/> naming the tree when it cannot be read.</summary>
    public TreeListing Get(ObjectId treeId)
    {
        if (cache.TryGetValue(treeId, out var listing))
        {
            return listing;
        }

        listing = Read(treeId);
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }

        cache[treeId] = listing;
        return listing;
    }

    private TreeListing Read(ObjectId treeId)
    {
        Tree? tree;
        try
        {
            tree = repository.Lookup<Tree>(treeId);
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"tree {treeId.Sha} could not be read: {exception.Message}", exception);
        }

        if (tree is null)
        {
            throw new GitScanException($"tree {treeId.Sha} is missing from the object database");
        }

        var items = new List<TreeItem>(tree.Count);
        try
        {
            foreach (var entry in tree)
            {
                var kind = entry.TargetType switch
                {
                    TreeEntryTargetType.Tree => TreeItemKind.Tree,
                    TreeEntryTargetType.GitLink => TreeItemKind.Submodule,
                    _ => TreeItemKind.Blob,
                };
                items.Add(new TreeItem(entry.Name, entry.Target.Id, kind));
            }
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"tree {treeId.Sha} could not be read: {exception.Message}", exception);
        }

        return new TreeListing(items.ToArray());
    }
}

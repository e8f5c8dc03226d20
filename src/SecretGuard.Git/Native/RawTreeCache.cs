namespace SecretGuard.Git.Native;

/// <summary>
/// Parsed trees by id. Each changed tree is needed twice (as a commit's tree, then as its child's parent tree),
/// and siblings share subtrees, so a bounded cache saves most reads.
/// </summary>
internal sealed class RawTreeCache(ObjectReader reader)
{
    private const int Capacity = 1_024;

    private readonly Dictionary<Oid, RawTree> cache = new();

    /// <summary>The tree; throws <see cref="GitScanException"/> naming it when it cannot be read.</summary>
    public RawTree Get(Oid id)
    {
        if (cache.TryGetValue(id, out var tree))
        {
            return tree;
        }

        if (reader.Preloaded is { } preloaded && preloaded.TryGetTree(id, out var chunk, out var start, out var length))
        {
            tree = RawTree.Parse(chunk, start, length, id); // preloaded content is used where it is, not copied
        }
        else
        {
            tree = reader.Read(id, Libgit2.ObjectType.Tree, raw => RawTree.Parse(raw, id));
        }

        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }

        cache[id] = tree;
        return tree;
    }
}

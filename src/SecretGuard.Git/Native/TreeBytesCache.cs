namespace SecretGuard.Git.Native;

/// <summary>
/// Tree contents by id for the walk. Trees preloaded from the packs are used where they are; others are read through
/// libgit2, copied once and kept in a bounded cache (each changed tree is needed twice: as a commit's tree, then as
/// its child's parent tree).
/// </summary>
internal sealed class TreeBytesCache(ObjectReader reader)
{
    private const int Capacity = 1_024;

    private readonly Dictionary<Oid, TreeBytes> cache = new();

    /// <summary>The tree's content; throws <see cref="GitScanException"/> naming it when it cannot be read.</summary>
    public TreeBytes Get(Oid id)
    {
        if (reader.Preloaded is { } preloaded && preloaded.TryGetTree(id, out var chunk, out var start, out var length))
        {
            return new TreeBytes(id, chunk, start, length);
        }

        if (cache.TryGetValue(id, out var tree))
        {
            return tree;
        }

        var data = reader.Read(id, Libgit2.ObjectType.Tree, raw => raw.ToArray());
        tree = new TreeBytes(id, data, 0, data.Length);
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }

        cache[id] = tree;
        return tree;
    }
}

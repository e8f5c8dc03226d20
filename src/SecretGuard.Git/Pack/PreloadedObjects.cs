using System.Diagnostics.CodeAnalysis;
using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// Every commit and tree of a repository's packs, resolved in one pass (<see cref="PackResolver"/>) and kept in
/// memory, so a full-history walk reads no object through libgit2's one-at-a-time path. Memory is capped: past <see cref="MaxBytes"/> further objects are not kept and
/// are read through libgit2 when the walk needs them.
/// </summary>
internal sealed class PreloadedObjects : IPackObjectSink
{
    /// <summary>At most 1 GiB of commit and tree content is kept.</summary>
    public const long MaxBytes = 1L << 30;

    private readonly PackedObjectDatabase database;
    private readonly byte[]?[][] contents;
    private long bytes;

    private PreloadedObjects(PackedObjectDatabase database)
    {
        this.database = database;
        contents = new byte[]?[database.Packs.Count][];
        for (var i = 0; i < contents.Length; i++)
        {
            contents[i] = new byte[]?[database.Packs[i].Entries.Count];
        }
    }

    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Resolves every commit and tree of <paramref name="database"/> on <paramref name="threads"/> threads.</summary>
    public static PreloadedObjects Load(PackedObjectDatabase database, int threads)
    {
        var preloaded = new PreloadedObjects(database);
        for (var i = 0; i < database.Packs.Count; i++)
        {
            var (pack, entries) = database.Packs[i];
            var wanted = new bool[entries.Count];
            for (var entry = 0; entry < wanted.Length; entry++)
            {
                wanted[entry] = entries.Kind[entry] is PackEntryKind.Commit or PackEntryKind.Tree;
            }

            PackResolver.Resolve(pack, entries, wanted, long.MaxValue, threads, preloaded);
        }

        return preloaded;
    }

    /// <summary>The content of a kept commit.</summary>
    public bool TryGetCommit(Oid id, out ReadOnlySpan<byte> content)
    {
        content = default;
        if (!database.TryLocate(id, out var pack, out var entry) || contents[pack][entry] is not byte[] kept || database.Packs[pack].Entries.Kind[entry] != PackEntryKind.Commit)
        {
            return false; // not kept, or not a commit (the libgit2 read reports the type mismatch)
        }

        content = kept;
        return true;
    }

    /// <summary>The content of a kept tree (shared: not to be changed).</summary>
    public bool TryGetTree(Oid id, [NotNullWhen(true)] out byte[]? content)
    {
        content = null;
        if (!database.TryLocate(id, out var pack, out var entry) || contents[pack][entry] is not byte[] kept || database.Packs[pack].Entries.Kind[entry] != PackEntryKind.Tree)
        {
            return false;
        }

        content = kept;
        return true;
    }

    void IPackObjectSink.Resolved(PackFile pack, PackEntries entries, int entry, ReadOnlySpan<byte> content)
    {
        if (Interlocked.Add(ref bytes, content.Length) > MaxBytes)
        {
            return;
        }

        contents[IndexOf(entries)][entry] = content.ToArray();
    }

    void IPackObjectSink.TooLarge(PackFile pack, PackEntries entries, int entry, long size)
    {
        // not reached: no size limit for commits and trees
    }

    void IPackObjectSink.Failed(PackFile pack, PackEntries entries, int entry, string reason)
    {
        // not kept: the walk reads it through libgit2, which reports the problem naming the object
    }

    private int IndexOf(PackEntries entries)
    {
        for (var i = 0; i < database.Packs.Count; i++)
        {
            if (ReferenceEquals(database.Packs[i].Entries, entries))
            {
                return i;
            }
        }

        throw new InvalidOperationException("entries of an unknown pack");
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// Every commit and tree of a repository's packs, resolved in one pass (<see cref="PackResolver"/>) and kept in
/// memory, so a full-history walk reads no object through libgit2's one-at-a-time path. Objects are copied into
/// large shared chunks (each resolving thread fills its own), not one array each: a hundred thousand small arrays
/// would cost allocations and garbage-collector copies. Memory is capped: past <see cref="MaxBytes"/> further objects
/// are not kept and are read through libgit2 when the walk needs them.
/// </summary>
internal sealed class PreloadedObjects : IPackObjectSink
{
    /// <summary>At most 1 GiB of commit and tree content is kept.</summary>
    public const long MaxBytes = 1L << 30;

    private const int ChunkSize = 1 << 20;

    private readonly PackedObjectDatabase database;
    private readonly Location[][] locations;
    private readonly List<byte[]> chunks = new();

    // The chunk each resolving thread is filling (dropped once loading is done).
    private readonly ThreadLocal<(byte[]? Chunk, int ChunkIndex, int Used)> filling = new();
    private byte[][] loadedChunks = [];
    private long bytes;

    private PreloadedObjects(PackedObjectDatabase database)
    {
        this.database = database;
        locations = new Location[database.Packs.Count][];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new Location[database.Packs[i].Entries.Count];
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

        preloaded.loadedChunks = [.. preloaded.chunks];
        preloaded.filling.Dispose();
        return preloaded;
    }

    /// <summary>The content of a kept commit.</summary>
    public bool TryGetCommit(Oid id, out ReadOnlySpan<byte> content)
    {
        content = default;
        if (!TryFind(id, PackEntryKind.Commit, out var chunk, out var start, out var length))
        {
            return false; // not kept, or not a commit (the libgit2 read reports the type mismatch)
        }

        content = chunk.AsSpan(start, length);
        return true;
    }

    /// <summary>Where a kept tree's content is: <paramref name="chunk"/> is shared and holds other objects too; not to be changed.</summary>
    public bool TryGetTree(Oid id, [NotNullWhen(true)] out byte[]? chunk, out int start, out int length) =>
        TryFind(id, PackEntryKind.Tree, out chunk, out start, out length);

    void IPackObjectSink.Resolved(PackFile pack, PackEntries entries, int entry, ReadOnlySpan<byte> content)
    {
        if (Interlocked.Add(ref bytes, content.Length) > MaxBytes)
        {
            return;
        }

        var (chunk, chunkIndex, start) = Reserve(content.Length);
        content.CopyTo(chunk.AsSpan(start));
        locations[IndexOf(entries)][entry] = new Location(chunkIndex + 1, start, content.Length);
    }

    void IPackObjectSink.TooLarge(PackFile pack, PackEntries entries, int entry, long size)
    {
        // not reached: no size limit for commits and trees
    }

    void IPackObjectSink.Failed(PackFile pack, PackEntries entries, int entry, string reason)
    {
        // not kept: the walk reads it through libgit2, which reports the problem naming the object
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: called per object from loops; skip tier-0 code in a short-lived process
    private bool TryFind(Oid id, PackEntryKind kind, [NotNullWhen(true)] out byte[]? chunk, out int start, out int length)
    {
        chunk = null;
        start = 0;
        length = 0;
        if (!database.TryLocate(id, out var pack, out var entry) || database.Packs[pack].Entries.Kind[entry] != kind)
        {
            return false;
        }

        var location = locations[pack][entry];
        if (location.Chunk == 0)
        {
            return false;
        }

        chunk = loadedChunks[location.Chunk - 1];

        start = location.Start;
        length = location.Length;
        return true;
    }

    /// <summary>Room for <paramref name="length"/> bytes in this thread's chunk (a new chunk when it is full; a large object gets its own).</summary>
    private (byte[] Chunk, int Index, int Start) Reserve(int length)
    {
        var current = filling.Value;
        if (current.Chunk is null || current.Used + length > current.Chunk.Length)
        {
            var chunk = new byte[Math.Max(ChunkSize, length)];
            int index;
            lock (chunks)
            {
                index = chunks.Count;
                chunks.Add(chunk);
            }

            current = (chunk, index, 0);
        }

        filling.Value = (current.Chunk, current.ChunkIndex, current.Used + length);
        return (current.Chunk!, current.ChunkIndex, current.Used);
    }

    /// <summary>Where an object's content is kept: chunk number plus one (0: not kept), offset, length.</summary>
    private readonly record struct Location(int Chunk, int Start, int Length);

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

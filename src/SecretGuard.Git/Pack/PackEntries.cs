using System.Runtime.CompilerServices;
using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// Every entry of one pack in offset order, with what resolving it needs: where its zlib data is, its object
/// type (a delta takes its base's), its base entry, and each entry's deltas (children) so a base is inflated
/// once and all its deltas are applied from it (git index-pack's order). An entry whose header is malformed,
/// or whose base is outside this pack, is marked unresolvable (<see cref="PackEntryKind.None"/>) with its deltas;
/// the caller reads those objects another way.
/// </summary>
internal sealed class PackEntries
{
    private readonly int[] entryOfPosition;
    private readonly int[] childStart;
    private readonly int[] children;

    private PackEntries(PackIndex index, long[] offsets, long[] dataStart, long[] dataEnd, long[] size, PackEntryKind[] kind, bool[] isDelta, int[] parent, Oid[] ids, int[] entryOfPosition, int[] childStart, int[] children)
    {
        Index = index;
        Offsets = offsets;
        DataStart = dataStart;
        DataEnd = dataEnd;
        Size = size;
        Kind = kind;
        IsDelta = isDelta;
        Parent = parent;
        Ids = ids;
        this.entryOfPosition = entryOfPosition;
        this.childStart = childStart;
        this.children = children;
    }

    public PackIndex Index { get; }

    public int Count => Offsets.Length;

    public long[] Offsets { get; }

    public long[] DataStart { get; }

    public long[] DataEnd { get; }

    /// <summary>The size in the entry header: the object's size, or for a delta the size of the delta data.</summary>
    public long[] Size { get; }

    /// <summary>The object type (a delta's resolved type), or <see cref="PackEntryKind.None"/> when the entry cannot be resolved from this pack.</summary>
    public PackEntryKind[] Kind { get; }

    public bool[] IsDelta { get; }

    /// <summary>A delta's base entry; -1 for a whole object.</summary>
    public int[] Parent { get; }

    public Oid[] Ids { get; }

    /// <summary>The entry holding <paramref name="id"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: called per object from loops; skip tier-0 code in a short-lived process
    public int Find(Oid id)
    {
        var position = Index.Find(id);
        return position < 0 ? -1 : entryOfPosition[position];
    }

    public ReadOnlySpan<int> ChildrenOf(int entry) => children.AsSpan(childStart[entry], childStart[entry + 1] - childStart[entry]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static PackEntries Build(PackFile pack, PackIndex index)
    {
        var count = index.Count;
        var offsets = (long[])index.Offsets.Clone();
        var positions = new int[count];
        for (var i = 0; i < count; i++)
        {
            positions[i] = i;
        }

        Array.Sort(offsets, positions);
        var entryOfPosition = new int[count];
        var ids = new Oid[count];
        for (var entry = 0; entry < count; entry++)
        {
            entryOfPosition[positions[entry]] = entry;
            ids[entry] = index.Ids[positions[entry]];
        }

        var dataStart = new long[count];
        var dataEnd = new long[count];
        var size = new long[count];
        var kind = new PackEntryKind[count];
        var isDelta = new bool[count];
        var parent = new int[count];
        // Headers are independent of each other: parsed in two halves at once (a large pack has millions).
        void ParseHeaders(int first, int last)
        {
            for (var entry = first; entry < last; entry++)
            {
                parent[entry] = -1;
                dataEnd[entry] = entry + 1 < count ? offsets[entry + 1] : pack.DataEnd;
                if (!pack.TryReadHeader(offsets[entry], out var headerKind, out size[entry], out dataStart[entry], out var baseOffset, out var baseId) || dataStart[entry] > dataEnd[entry])
                {
                    kind[entry] = PackEntryKind.None;
                    continue;
                }

                kind[entry] = headerKind;
                if (headerKind == PackEntryKind.OffsetDelta)
                {
                    isDelta[entry] = true;
                    parent[entry] = Array.BinarySearch(offsets, 0, entry, baseOffset); // a base precedes its offset deltas
                }
                else if (headerKind == PackEntryKind.ReferenceDelta)
                {
                    isDelta[entry] = true;
                    var position = index.Find(baseId);
                    parent[entry] = position < 0 ? -1 : entryOfPosition[position];
                }
            }
        }

        var half = count / 2;
        var secondHalf = count >= 4096 ? Task.Run(() => ParseHeaders(half, count)) : null;
        ParseHeaders(0, secondHalf is null ? count : half);
        secondHalf?.GetAwaiter().GetResult();

        ResolveDeltaKinds(kind, isDelta, parent);

        var childStart = new int[count + 1];
        for (var entry = 0; entry < count; entry++)
        {
            if (isDelta[entry] && kind[entry] != PackEntryKind.None)
            {
                childStart[parent[entry] + 1]++;
            }
        }

        for (var entry = 0; entry < count; entry++)
        {
            childStart[entry + 1] += childStart[entry];
        }

        var children = new int[childStart[count]];
        var fill = (int[])childStart.Clone();
        for (var entry = 0; entry < count; entry++)
        {
            if (isDelta[entry] && kind[entry] != PackEntryKind.None)
            {
                children[fill[parent[entry]]++] = entry;
            }
        }

        return new PackEntries(index, offsets, dataStart, dataEnd, size, kind, isDelta, parent, ids, entryOfPosition, childStart, children);
    }

    /// <summary>A delta's type is its base's, down the chain; a chain that ends outside the pack, in a bad entry or in a cycle resolves to None.</summary>
    private static void ResolveDeltaKinds(PackEntryKind[] kind, bool[] isDelta, int[] parent)
    {
        const PackEntryKind pending = (PackEntryKind)255;
        for (var entry = 0; entry < kind.Length; entry++)
        {
            if (isDelta[entry] && kind[entry] != PackEntryKind.None)
            {
                kind[entry] = pending;
            }
        }

        var chain = new List<int>();
        for (var entry = 0; entry < kind.Length; entry++)
        {
            if (kind[entry] != pending)
            {
                continue;
            }

            chain.Clear();
            var current = entry;
            var resolved = PackEntryKind.None;
            while (true)
            {
                if (current < 0 || chain.Count > kind.Length)
                {
                    break;
                }

                if (kind[current] != pending)
                {
                    resolved = kind[current];
                    break;
                }

                chain.Add(current);
                kind[current] = (PackEntryKind)254; // on the current chain: meeting it again is a cycle
                current = parent[current];
                if (current >= 0 && kind[current] == (PackEntryKind)254)
                {
                    break;
                }
            }

            foreach (var link in chain)
            {
                kind[link] = resolved;
            }
        }
    }
}

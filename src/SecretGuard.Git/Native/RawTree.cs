using System.Runtime.CompilerServices;
namespace SecretGuard.Git.Native;

/// <summary>
/// A parsed tree object: entries in git's order (by name bytes, a folder compared as if its name ended in '/').
/// Names stay as bytes in <see cref="Data"/> so comparing a tree with its parent's allocates nothing.
/// </summary>
internal sealed class RawTree
{
    private RawTree(byte[] data, Entry[] entries)
    {
        Data = data;
        Entries = entries;
    }

    public byte[] Data { get; }

    public Entry[] Entries { get; }

    // Entries are collected here (per thread) and copied out at their exact count: no list growth per tree.
    [ThreadStatic]
    private static Entry[]? scratch;

    /// <summary>Parses the raw content of a tree object (<c>mode SP name NUL 20-byte-id</c>, repeated).</summary>
    public static RawTree Parse(ReadOnlySpan<byte> raw, Oid id)
    {
        var data = raw.ToArray();
        return Parse(data, 0, data.Length, id);
    }

    /// <summary>
    /// Parses a tree object's content stored at <paramref name="start"/> in <paramref name="data"/> (which may hold
    /// other objects too), keeping <paramref name="data"/> itself: the caller does not change it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static RawTree Parse(byte[] data, int start, int length, Oid id)
    {
        var entries = scratch ??= new Entry[256];
        var count = 0;
        var position = start;
        var end = start + length;
        while (position < end)
        {
            var mode = 0;
            while (position < end && data[position] != (byte)' ')
            {
                var digit = data[position] - '0';
                if (digit is < 0 or > 7)
                {
                    throw new GitScanException($"tree {id.ToHex()} is corrupt (bad mode)");
                }

                mode = (mode * 8) + digit;
                position++;
            }

            var nameStart = position + 1;
            var nul = nameStart < end ? Array.IndexOf(data, (byte)0, nameStart, end - nameStart) : -1;
            if (nul < 0 || nul + 1 + Oid.Size > end)
            {
                throw new GitScanException($"tree {id.ToHex()} is corrupt (truncated entry)");
            }

            var kind = (mode & 0xF000) switch
            {
                0x4000 => EntryKind.Tree,
                0xE000 => EntryKind.Submodule,
                _ => EntryKind.Blob,
            };
            if (count == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
                scratch = entries;
            }

            entries[count++] = new Entry(nameStart, nul - nameStart, Oid.FromBytes(data.AsSpan(nul + 1, Oid.Size)), kind);
            position = nul + 1 + Oid.Size;
        }

        return new RawTree(data, entries.AsSpan(0, count).ToArray());
    }

    public ReadOnlySpan<byte> Name(in Entry entry) => Data.AsSpan(entry.NameStart, entry.NameLength);

    public string NameString(in Entry entry) => System.Text.Encoding.UTF8.GetString(Data, entry.NameStart, entry.NameLength);

    /// <summary>Git's tree order: name bytes, with a folder's name compared as if followed by '/'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static int Compare(RawTree left, in Entry a, RawTree right, in Entry b)
    {
        var nameA = left.Name(a);
        var nameB = right.Name(b);
        var common = Math.Min(nameA.Length, nameB.Length);
        var result = nameA[..common].SequenceCompareTo(nameB[..common]);
        if (result != 0)
        {
            return result;
        }

        int endA = nameA.Length > common ? nameA[common] : a.Kind == EntryKind.Tree ? '/' : 0;
        int endB = nameB.Length > common ? nameB[common] : b.Kind == EntryKind.Tree ? '/' : 0;
        return endA.CompareTo(endB);
    }

    internal readonly record struct Entry(int NameStart, int NameLength, Oid Id, EntryKind Kind);

    internal enum EntryKind
    {
        Blob,
        Tree,
        Submodule,
    }
}

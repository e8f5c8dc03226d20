using System.Runtime.CompilerServices;

namespace SecretGuard.Git.Native;

/// <summary>
/// Reads a tree object's entries in place (<c>mode SP name NUL 20-byte-id</c>, repeated), one at a time, without
/// copying or allocating: comparing a tree with its parent's costs only the entries looked at.
/// </summary>
internal struct TreeCursor
{
    private readonly TreeBytes tree;
    private int next;

    public TreeCursor(TreeBytes tree)
    {
        this.tree = tree;
        next = tree.Start;
        NameStart = 0;
        NameLength = 0;
        Id = default;
        Kind = TreeEntryKind.Blob;
    }

    public int NameStart { get; private set; }

    public int NameLength { get; private set; }

    public Oid Id { get; private set; }

    public TreeEntryKind Kind { get; private set; }

    public readonly ReadOnlySpan<byte> Name => tree.Data.AsSpan(NameStart, NameLength);

    public readonly string NameString() => System.Text.Encoding.UTF8.GetString(tree.Data, NameStart, NameLength);

    /// <summary>Moves to the next entry; false at the end. Throws <see cref="GitScanException"/> naming the tree when it is corrupt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public bool MoveNext()
    {
        var data = tree.Data;
        var end = tree.Start + tree.Length;
        var position = next;
        if (position >= end)
        {
            return false;
        }

        var mode = 0;
        while (position < end && data[position] != (byte)' ')
        {
            var digit = data[position] - '0';
            if (digit is < 0 or > 7)
            {
                throw new GitScanException($"tree {tree.Id.ToHex()} is corrupt (bad mode)");
            }

            mode = (mode * 8) + digit;
            position++;
        }

        var nameStart = position + 1;
        var nul = nameStart < end ? Array.IndexOf(data, (byte)0, nameStart, end - nameStart) : -1;
        if (nul < 0 || nul + 1 + Oid.Size > end)
        {
            throw new GitScanException($"tree {tree.Id.ToHex()} is corrupt (truncated entry)");
        }

        Kind = (mode & 0xF000) switch
        {
            0x4000 => TreeEntryKind.Tree,
            0xE000 => TreeEntryKind.Submodule,
            _ => TreeEntryKind.Blob,
        };
        NameStart = nameStart;
        NameLength = nul - nameStart;
        Id = Oid.FromBytes(data.AsSpan(nul + 1, Oid.Size));
        next = nul + 1 + Oid.Size;
        return true;
    }

    /// <summary>Git's tree order of the two current entries: name bytes, a folder's name compared as if followed by '/'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static int Compare(in TreeCursor a, in TreeCursor b)
    {
        var nameA = a.Name;
        var nameB = b.Name;
        var common = Math.Min(nameA.Length, nameB.Length);
        var result = nameA[..common].SequenceCompareTo(nameB[..common]);
        if (result != 0)
        {
            return result;
        }

        int endA = nameA.Length > common ? nameA[common] : a.Kind == TreeEntryKind.Tree ? '/' : 0;
        int endB = nameB.Length > common ? nameB[common] : b.Kind == TreeEntryKind.Tree ? '/' : 0;
        return endA.CompareTo(endB);
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// A pack's <c>.idx</c> file, version 2: the pack's object ids in sorted order and each one's offset in the pack.
/// Version 1 indexes and SHA-256 repositories are not read here (the caller falls back to libgit2).
/// </summary>
internal sealed class PackIndex
{
    private static ReadOnlySpan<byte> Magic => [0xFF, (byte)'t', (byte)'O', (byte)'c'];

    private readonly int[] fanout;

    private PackIndex(Oid[] ids, long[] offsets, int[] fanout)
    {
        Ids = ids;
        Offsets = offsets;
        this.fanout = fanout;
    }

    /// <summary>Object ids, sorted.</summary>
    public Oid[] Ids { get; }

    /// <summary>Each id's offset in the pack (same position as in <see cref="Ids"/>).</summary>
    public long[] Offsets { get; }

    public int Count => Ids.Length;

    /// <summary>Reads an index; throws <see cref="InvalidDataException"/> when it is not a well-formed version 2 index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static PackIndex Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var span = data.AsSpan();
        const int headerSize = 8 + (256 * 4);
        if (span.Length < headerSize + 40 || !span[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadUInt32BigEndian(span[4..]) != 2)
        {
            throw new InvalidDataException($"{path}: not a version 2 pack index");
        }

        var fanout = new int[256];
        var previous = 0u;
        for (var i = 0; i < 256; i++)
        {
            var value = BinaryPrimitives.ReadUInt32BigEndian(span[(8 + (i * 4))..]);
            if (value < previous || value > int.MaxValue / 32)
            {
                throw new InvalidDataException($"{path}: corrupt fan-out table");
            }

            fanout[i] = (int)value;
            previous = value;
        }

        var count = fanout[255];
        var idsStart = headerSize;
        var offsetsStart = idsStart + (count * (Oid.Size + 4)); // ids, then CRC32s
        var largeStart = offsetsStart + (count * 4);
        if ((long)largeStart + 40 > span.Length)
        {
            throw new InvalidDataException($"{path}: truncated ({count} objects announced)");
        }

        var ids = new Oid[count];
        var offsets = new long[count];
        var large = span[largeStart..^40];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Oid.FromBytes(span.Slice(idsStart + (i * Oid.Size), Oid.Size));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(span[(offsetsStart + (i * 4))..]);
            if ((offset & 0x8000_0000u) == 0)
            {
                offsets[i] = offset;
                continue;
            }

            var slot = (int)(offset & 0x7FFF_FFFFu) * 8;
            if (slot + 8 > large.Length)
            {
                throw new InvalidDataException($"{path}: corrupt large-offset table");
            }

            offsets[i] = (long)BinaryPrimitives.ReadUInt64BigEndian(large[slot..]);
        }

        return new PackIndex(ids, offsets, fanout);
    }

    /// <summary>The position of <paramref name="id"/> in <see cref="Ids"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: called per object from loops; skip tier-0 code in a short-lived process
    public int Find(Oid id)
    {
        var bucket = id.FirstByte;
        var low = bucket == 0 ? 0 : fanout[bucket - 1];
        var high = fanout[bucket] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = Ids[middle].CompareTo(id);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}

using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// A <c>.pack</c> file mapped into memory (read-only), with its entry headers parsed: for each entry, its type,
/// the position of its zlib data, its inflated size, and for a delta where its base is.
/// </summary>
internal sealed unsafe class PackFile : IDisposable
{
    private const int TrailerSize = 20;

    private readonly MemoryMappedFile map;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;

    private PackFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, byte* start, long length)
    {
        Path = path;
        this.map = map;
        this.view = view;
        this.start = start;
        Length = length;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>Maps a pack; throws <see cref="InvalidDataException"/> or <see cref="IOException"/> when it cannot be read as one.</summary>
    public static PackFile Open(string path)
    {
        var length = new FileInfo(path).Length;
        if (length < 12 + TrailerSize)
        {
            throw new InvalidDataException($"{path}: too short to be a pack");
        }

        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        MemoryMappedViewAccessor view;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        }
        catch
        {
            map.Dispose();
            throw;
        }

        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        var pack = new PackFile(path, map, view, pointer + view.PointerOffset, length);
        var header = new ReadOnlySpan<byte>(pack.start, 8);
        if (!header[..4].SequenceEqual("PACK"u8) || header[4] != 0 || header[5] != 0 || header[6] != 0 || (header[7] != 2 && header[7] != 3))
        {
            pack.Dispose();
            throw new InvalidDataException($"{path}: not a version 2 or 3 pack");
        }

        return pack;
    }

    /// <summary>The end of entry data (the trailing checksum follows).</summary>
    public long DataEnd => Length - TrailerSize;

    public byte* Pointer(long offset) => start + offset;

    /// <summary>
    /// Parses the entry header at <paramref name="offset"/>; false when it is malformed or runs past the data.
    /// For an offset delta, <paramref name="baseOffset"/> is its base's offset; for a reference delta, <paramref name="baseId"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: called per object from loops; skip tier-0 code in a short-lived process
    public bool TryReadHeader(long offset, out PackEntryKind kind, out long size, out long dataStart, out long baseOffset, out Oid baseId)
    {
        kind = PackEntryKind.None;
        size = 0;
        dataStart = 0;
        baseOffset = -1;
        baseId = default;
        var end = DataEnd;
        var position = offset;
        if (position >= end)
        {
            return false;
        }

        int next = start[position++];
        kind = (PackEntryKind)((next >> 4) & 7);
        size = next & 0x0F;
        var shift = 4;
        while ((next & 0x80) != 0)
        {
            if (position >= end || shift > 56)
            {
                return false;
            }

            next = start[position++];
            size |= (long)(next & 0x7F) << shift;
            shift += 7;
        }

        switch (kind)
        {
            case PackEntryKind.Commit or PackEntryKind.Tree or PackEntryKind.Blob or PackEntryKind.Tag:
                break;
            case PackEntryKind.OffsetDelta:
                if (position >= end)
                {
                    return false;
                }

                next = start[position++];
                long distance = next & 0x7F;
                while ((next & 0x80) != 0)
                {
                    if (position >= end || distance > (long.MaxValue >> 8))
                    {
                        return false;
                    }

                    next = start[position++];
                    distance = ((distance + 1) << 7) | (long)(next & 0x7F);
                }

                baseOffset = offset - distance;
                if (distance <= 0 || baseOffset < 12)
                {
                    return false;
                }

                break;
            case PackEntryKind.ReferenceDelta:
                if (position + Oid.Size > end)
                {
                    return false;
                }

                baseId = Oid.FromBytes(new ReadOnlySpan<byte>(start + position, Oid.Size));
                position += Oid.Size;
                break;
            default:
                return false;
        }

        dataStart = position;
        return true;
    }

    public void Dispose()
    {
        view.SafeMemoryMappedViewHandle.ReleasePointer();
        view.Dispose();
        map.Dispose();
    }
}

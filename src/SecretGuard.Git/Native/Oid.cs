using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using LibGit2Sharp;

namespace SecretGuard.Git.Native;

/// <summary>A SHA-1 object id as a value (cheap to hash and compare, no allocation), convertible to and from LibGit2Sharp's <see cref="ObjectId"/>.</summary>
internal readonly struct Oid : IEquatable<Oid>, IComparable<Oid>
{
    public const int Size = 20;

    private readonly ulong a;
    private readonly ulong b;
    private readonly uint c;

    private Oid(ulong a, ulong b, uint c)
    {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Oid FromBytes(ReadOnlySpan<byte> raw) => new(
        BinaryPrimitives.ReadUInt64BigEndian(raw),
        BinaryPrimitives.ReadUInt64BigEndian(raw[8..]),
        BinaryPrimitives.ReadUInt32BigEndian(raw[16..]));

    public static Oid FromObjectId(ObjectId id) => FromBytes(id.RawId);

    /// <summary>Parses 40 hex digits (ASCII bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static bool TryParseHex(ReadOnlySpan<byte> hex, out Oid oid)
    {
        Span<byte> raw = stackalloc byte[Size];
        oid = default;
        if (hex.Length < 2 * Size)
        {
            return false;
        }

        for (var i = 0; i < Size; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            raw[i] = (byte)((high << 4) | low);
        }

        oid = FromBytes(raw);
        return true;
    }

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], b);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], c);
    }

    public string ToHex()
    {
        Span<byte> raw = stackalloc byte[Size];
        WriteTo(raw);
        return Convert.ToHexStringLower(raw);
    }

    public bool Equals(Oid other) => a == other.a && b == other.b && c == other.c;

    /// <summary>Byte order (the order of a pack index).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(Oid other) => a != other.a ? a.CompareTo(other.a) : b != other.b ? b.CompareTo(other.b) : c.CompareTo(other.c);

    /// <summary>The first byte (a pack index's fan-out bucket).</summary>
    public int FirstByte => (int)(a >> 56);

    public override bool Equals(object? obj) => obj is Oid other && Equals(other);

    public override int GetHashCode() => (int)a ^ (int)(a >> 32) ^ (int)b;

    public static bool operator ==(Oid left, Oid right) => left.Equals(right);

    public static bool operator !=(Oid left, Oid right) => !left.Equals(right);

    public override string ToString() => ToHex();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HexValue(byte value) => value switch
    {
        >= (byte)'0' and <= (byte)'9' => value - '0',
        >= (byte)'a' and <= (byte)'f' => value - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => value - 'A' + 10,
        _ => -1,
    };
}

using System.Buffers.Binary;

namespace SecretGuard.Keystore;

/// <summary>A 32-byte keyed hash of a secret, usable as a dictionary key and compared in constant time.</summary>
public readonly struct Verifier : IEquatable<Verifier>
{
    public const int Length = 32;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    public Verifier(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != Length)
        {
            throw new ArgumentException("a verifier is 32 bytes", nameof(hash));
        }

        _a = BinaryPrimitives.ReadUInt64LittleEndian(hash);
        _b = BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]);
        _c = BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]);
        _d = BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]);
    }

    public static Verifier FromBase64(string text) => new(Convert.FromBase64String(text));

    public string ToBase64()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(bytes);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Compares without branching on the bytes (the timing reveals nothing about where they differ).</summary>
    public bool FixedTimeEquals(in Verifier other)
        => ((_a ^ other._a) | (_b ^ other._b) | (_c ^ other._c) | (_d ^ other._d)) == 0;

    public bool Equals(Verifier other) => FixedTimeEquals(other);

    public override bool Equals(object? obj) => obj is Verifier other && Equals(other);

    public override int GetHashCode() => (int)_a;

    public static bool operator ==(Verifier left, Verifier right) => left.Equals(right);

    public static bool operator !=(Verifier left, Verifier right) => !left.Equals(right);

    private void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, _a);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], _d);
    }
}

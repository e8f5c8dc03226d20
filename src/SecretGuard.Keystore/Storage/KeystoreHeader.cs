using System.Buffers.Binary;

namespace SecretGuard.Keystore.Storage;

/// <summary>
/// The fixed 64-byte header, authenticated as AES-GCM associated data:
/// magic "SGKS" · format version (u16) · key source (u8) · reserved (u8) · PBKDF2 iterations (u32) ·
/// salt (16) · key check (16) · nonce (12) · generation (u32) · ciphertext length (u32). Little-endian.
/// </summary>
internal sealed class KeystoreHeader
{
    public const int Size = 64;
    public const ushort CurrentVersion = 1;
    public const int SaltLength = 16;
    public const int NonceLength = 12;
    public const int TagLength = 16;

    public static ReadOnlySpan<byte> Magic => "SGKS"u8;

    public required KeySource Source { get; init; }

    public required int Iterations { get; init; }

    public required byte[] Salt { get; init; }

    public required byte[] KeyCheck { get; init; }

    public required byte[] Nonce { get; init; }

    public required uint Generation { get; init; }

    public required int CiphertextLength { get; init; }

    public void Write(Span<byte> destination)
    {
        Magic.CopyTo(destination);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], CurrentVersion);
        destination[6] = (byte)Source;
        destination[7] = 0;
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], Iterations);
        Salt.CopyTo(destination[12..]);
        KeyCheck.CopyTo(destination[28..]);
        Nonce.CopyTo(destination[44..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[56..], Generation);
        BinaryPrimitives.WriteInt32LittleEndian(destination[60..], CiphertextLength);
    }

    public static KeystoreHeader Parse(ReadOnlySpan<byte> file, string path)
    {
        if (file.Length < Magic.Length || !file[..Magic.Length].SequenceEqual(Magic))
        {
            if (file.Length < Magic.Length && Magic.StartsWith(file))
            {
                throw Truncated(path, file.Length);
            }

            throw new KeystoreException(KeystoreErrorKind.NotAKeystore, $"{path} is not a SecretGuard keystore (bad magic bytes); it was not modified");
        }

        if (file.Length < Size)
        {
            throw Truncated(path, file.Length);
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(file[4..]);
        if (version != CurrentVersion)
        {
            throw new KeystoreException(KeystoreErrorKind.UnsupportedVersion, $"{path} has keystore format version {version}; this secretguard reads version {CurrentVersion}");
        }

        var source = (KeySource)file[6];
        var iterations = BinaryPrimitives.ReadInt32LittleEndian(file[8..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(file[60..]);
        var validSource = source == KeySource.KeyFile ? iterations == 0 : source == KeySource.Passphrase && iterations >= 1;
        if (!validSource || file[7] != 0 || length < 0)
        {
            throw new KeystoreException(KeystoreErrorKind.Tampered, $"{path} has a damaged header (the file was altered); it was not modified");
        }

        var expected = (long)Size + length + TagLength;
        if (file.Length < expected)
        {
            throw Truncated(path, file.Length, expected);
        }

        if (file.Length > expected)
        {
            throw new KeystoreException(KeystoreErrorKind.Tampered, $"{path} has {file.Length - expected} bytes after its end (the file was altered); it was not modified");
        }

        return new KeystoreHeader
        {
            Source = source,
            Iterations = iterations,
            Salt = file.Slice(12, SaltLength).ToArray(),
            KeyCheck = file.Slice(28, KeystoreKeys.KeyCheckLength).ToArray(),
            Nonce = file.Slice(44, NonceLength).ToArray(),
            Generation = BinaryPrimitives.ReadUInt32LittleEndian(file[56..]),
            CiphertextLength = length,
        };
    }

    private static KeystoreException Truncated(string path, long actual, long? expected = null)
        => new(
            KeystoreErrorKind.Truncated,
            expected is null
                ? $"{path} is truncated ({actual} bytes, shorter than the {Size}-byte header); it was not modified. Restore it from a backup."
                : $"{path} is truncated ({actual} of {expected} bytes); it was not modified. Restore it from a backup.");
}

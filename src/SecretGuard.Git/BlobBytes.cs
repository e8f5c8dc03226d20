using System.Runtime.CompilerServices;
using System.Text;

namespace SecretGuard.Git;

/// <summary>
/// Decides from a blob's raw bytes (no filters) whether to scan it: Git LFS pointers and binary content (a NUL in the
/// first 8000 bytes, git's own test) are skipped, UTF-16 with a byte-order mark is decoded, everything else is decoded
/// as UTF-8 with replacement. (Blobs over the size limit are not inflated at all: their readers check the size first.)
/// </summary>
internal static class BlobBytes
{
    private const int BinaryProbeLength = 8000;
    private const int MaxLfsPointerSize = 1024;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text of a blob <see cref="KindOf"/> calls text: UTF-16 when it starts with that byte-order mark, else UTF-8 (BOM dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (StartsWithUtf16ByteOrderMark(bytes))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes[2..]);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes[offset..]);
    }

    /// <summary>Text, or a Git LFS pointer or binary content (skipped); a UTF-16 byte-order mark makes it text.</summary>
    internal static BlobKind KindOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= MaxLfsPointerSize && bytes.StartsWith("version https://git-lfs.github.com/spec/"u8))
        {
            return BlobKind.LfsPointer;
        }

        if (StartsWithUtf16ByteOrderMark(bytes))
        {
            return BlobKind.Text;
        }

        return bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0) >= 0 ? BlobKind.Binary : BlobKind.Text;
    }

    private static bool StartsWithUtf16ByteOrderMark(ReadOnlySpan<byte> bytes)
        => bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}

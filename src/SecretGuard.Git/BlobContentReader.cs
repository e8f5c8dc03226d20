using System.Text;
using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>
/// Reads a blob's raw bytes (no filters) and decides whether to scan it: blobs over the size limit are
/// not inflated, Git LFS pointers and binary content (a NUL in the first 8000 bytes, git's own test) are
/// skipped, UTF-16 with a byte-order mark is decoded, everything else is decoded as UTF-8 with replacement.
/// </summary>
internal static class BlobContentReader
{
    private const int BinaryProbeLength = 8000;
    private const int MaxLfsPointerSize = 1024;
    private static readonly byte[] LfsPointerStart = Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/");
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads one blob; throws <see cref="GitScanException"/> naming the object when it is missing or corrupt.</summary>
    public static BlobContent Read(Repository repository, ObjectId id, long maxSize)
    {
        byte[] bytes;
        try
        {
            var size = repository.ObjectDatabase.RetrieveObjectMetadata(id).Size;
            if (size > maxSize)
            {
                return new BlobContent(BlobKind.TooLarge, "", size);
            }

            var blob = repository.Lookup<Blob>(id) ?? throw new GitScanException($"blob {id.Sha} is missing from the object database");
            using var stream = blob.GetContentStream();
            bytes = new byte[blob.Size];
            stream.ReadExactly(bytes);
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"blob {id.Sha} could not be read: {exception.Message}", exception);
        }
        catch (EndOfStreamException exception)
        {
            throw new GitScanException($"blob {id.Sha} is truncated", exception);
        }

        return Classify(bytes);
    }

    internal static BlobContent Classify(byte[] bytes)
    {
        if (bytes.Length <= MaxLfsPointerSize && bytes.AsSpan().StartsWith(LfsPointerStart))
        {
            return new BlobContent(BlobKind.LfsPointer, "", bytes.Length);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new BlobContent(BlobKind.Text, encoding.GetString(bytes, 2, bytes.Length - 2), bytes.Length);
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).IndexOf((byte)0) >= 0)
        {
            return new BlobContent(BlobKind.Binary, "", bytes.Length);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new BlobContent(BlobKind.Text, Utf8.GetString(bytes, offset, bytes.Length - offset), bytes.Length);
    }
}

using System.IO.Compression;
using SecretGuard.Git.Pack;

namespace SecretGuard.Git.Tests.Packs;

/// <summary>Both inflate paths (the runtime's zlib driven directly, and <see cref="ZLibStream"/>) accept exactly a complete stream of the announced size.</summary>
public sealed unsafe class ObjectInflaterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Inflates_exact_sizes_and_rejects_wrong_sizes_and_damage(bool useRuntimeZlib)
    {
        using var inflater = new ObjectInflater(useRuntimeZlib);
        Assert.Equal(useRuntimeZlib, inflater.UsesRuntimeZlib);
        var content = new byte[70_000];
        new Random(5).NextBytes(content.AsSpan(0, 1000)); // partly random, partly zeros: a real deflate stream
        var compressed = Compress(content);
        byte[] empty = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]; // git's empty blob, as stored

        fixed (byte* input = compressed)
        fixed (byte* nothing = empty)
        {
            var output = new byte[content.Length];
            Assert.True(inflater.TryInflate(input, compressed.Length, output));
            Assert.Equal(content, output);

            // The same inflater again (state reset between objects), then wrong announced sizes.
            Assert.True(inflater.TryInflate(input, compressed.Length, output));
            Assert.False(inflater.TryInflate(input, compressed.Length, new byte[content.Length - 1]));
            Assert.False(inflater.TryInflate(input, compressed.Length, new byte[content.Length + 1]));
            Assert.False(inflater.TryInflate(input, compressed.Length / 2, output)); // truncated input

            Assert.True(inflater.TryInflate(nothing, empty.Length, Span<byte>.Empty));
        }

        var damaged = (byte[])compressed.Clone();
        damaged[^2] ^= 0xFF; // the Adler-32 trailer
        fixed (byte* input = damaged)
        {
            Assert.False(inflater.TryInflate(input, damaged.Length, new byte[content.Length]));
        }
    }

    private static byte[] Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return buffer.ToArray();
    }
}

using SecretGuard.Git.Pack;

namespace SecretGuard.Git.Tests.Packs;

public sealed class GitDeltaTests
{
    private static readonly byte[] Source = "hello, world\n"u8.ToArray();

    [Fact]
    public void Copy_and_insert_instructions_rebuild_the_target()
    {
        // base 13, result 12: copy "hello" (offset 0, 5 bytes), insert " git", copy ", world" minus newline? -> copy offset 5 len 3 (", w")
        byte[] delta = [13, 12, 0x80 | 0x10, 5, 4, (byte)' ', (byte)'g', (byte)'i', (byte)'t', 0x80 | 0x01 | 0x10, 5, 3];
        var result = new byte[12];

        Assert.True(GitDelta.TryApply(Source, delta, result));
        Assert.Equal("hello git, w"u8.ToArray(), result);
    }

    [Theory]
    [InlineData(new byte[] { 14, 5, 0x80 | 0x10, 5 })]            // base size differs from the source
    [InlineData(new byte[] { 13, 6, 0x80 | 0x10, 5 })]            // result shorter than announced
    [InlineData(new byte[] { 13, 5, 0x80 | 0x01 | 0x10, 10, 5 })] // copy past the source's end
    [InlineData(new byte[] { 13, 2, 3, 1, 2, 3 })]                // insert past the result's end
    [InlineData(new byte[] { 13, 1, 0 })]                         // reserved instruction
    [InlineData(new byte[] { 13, 1, 0x80 | 0x01 })]               // truncated copy instruction
    [InlineData(new byte[] { 0x8D })]                             // truncated size
    public void Corrupt_deltas_are_rejected(byte[] delta)
    {
        var announced = GitDelta.TryReadSizes(delta, out _, out var size, out _) ? (int)Math.Min(size, 64) : 1;
        Assert.False(GitDelta.TryApply(Source, delta, new byte[announced]));
    }
}

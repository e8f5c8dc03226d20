using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// A line's content as a 128-bit key (two independent 64-bit hashes plus the length), so equal lines of
    /// different revisions of a file can share one scan result without keeping the lines themselves.
    /// </summary>
    internal readonly struct LineKey : IEquatable<LineKey>
    {
        private readonly ulong first;
        private readonly ulong second;
        private readonly int length;

        private LineKey(ulong first, ulong second, int length)
        {
            this.first = first;
            this.second = second;
            this.length = length;
        }

        private const ulong FirstSeed = 0x243F6A8885A308D3UL;
        private const ulong SecondSeed = 0x13198A2E03707344UL;
        private const ulong FirstMultiplier = 0x9E3779B97F4A7C15UL;
        private const ulong SecondMultiplier = 0xC2B2AE3D27D4EB4FUL;

        [MethodImpl(HotPath.Options)]
        public static LineKey Of(string text, int start, int length)
        {
            var chars = text.AsSpan(start, length);
            var words = MemoryMarshal.Cast<char, ulong>(chars);
            var (first, second) = (FirstSeed, SecondSeed);
            foreach (var word in words)
            {
                (first, second) = MixWord(first, second, word);
            }

            for (var i = words.Length * 4; i < chars.Length; i++)
            {
                (first, second) = MixChar(first, second, chars[i]);
            }

            return Finish(first, second, length);
        }

        /// <summary>
        /// The key of an ASCII line given as bytes: equal to <see cref="Of"/> of the same line as a string (each byte is
        /// widened to the char it encodes, four at a time), so revisions read as bytes and as text share one memo.
        /// </summary>
        [MethodImpl(HotPath.Options)]
        public static LineKey OfAscii(ReadOnlySpan<byte> ascii)
        {
            var (first, second) = (FirstSeed, SecondSeed);
            var whole = ascii.Length & ~3;
            for (var i = 0; i < whole; i += 4)
            {
                ulong word = BinaryPrimitives.ReadUInt32LittleEndian(ascii.Slice(i));
                word = (word | (word << 16)) & 0x0000FFFF0000FFFFUL;
                word = (word | (word << 8)) & 0x00FF00FF00FF00FFUL;
                (first, second) = MixWord(first, second, word);
            }

            for (var i = whole; i < ascii.Length; i++)
            {
                (first, second) = MixChar(first, second, ascii[i]);
            }

            return Finish(first, second, ascii.Length);
        }

        /// <summary>One step over four chars (a little-endian word of UTF-16 code units).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (ulong First, ulong Second) MixWord(ulong first, ulong second, ulong word)
        {
            first = (first ^ word) * FirstMultiplier;
            first ^= first >> 29;
            second = (second + word) * SecondMultiplier;
            second = (second << 31) | (second >> 33);
            return (first, second);
        }

        /// <summary>One step over a single char (the last one to three of a line).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (ulong First, ulong Second) MixChar(ulong first, ulong second, uint c)
        {
            first = (first ^ c) * FirstMultiplier;
            second = ((second + c) * SecondMultiplier) ^ (second >> 31);
            return (first, second);
        }

        private static LineKey Finish(ulong first, ulong second, int length) => new LineKey(first ^ (first >> 32), second ^ (second >> 29), length);

        public bool Equals(LineKey other) => first == other.first && second == other.second && length == other.length;

        public override bool Equals(object? obj) => obj is LineKey other && Equals(other);

        public override int GetHashCode() => (int)first ^ (int)(second >> 32);
    }
}

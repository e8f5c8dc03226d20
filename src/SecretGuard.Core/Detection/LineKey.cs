using System;
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

        [MethodImpl(HotPath.Options)]
        public static LineKey Of(string text, int start, int length)
        {
            var chars = text.AsSpan(start, length);
            var words = MemoryMarshal.Cast<char, ulong>(chars);
            ulong first = 0x243F6A8885A308D3UL;
            ulong second = 0x13198A2E03707344UL;
            foreach (var word in words)
            {
                first = (first ^ word) * 0x9E3779B97F4A7C15UL;
                first ^= first >> 29;
                second = (second + word) * 0xC2B2AE3D27D4EB4FUL;
                second = (second << 31) | (second >> 33);
            }

            for (var i = words.Length * 4; i < chars.Length; i++)
            {
                first = (first ^ chars[i]) * 0x9E3779B97F4A7C15UL;
                second = ((second + chars[i]) * 0xC2B2AE3D27D4EB4FUL) ^ (second >> 31);
            }

            first ^= first >> 32;
            second ^= second >> 29;
            return new LineKey(first, second, length);
        }

        public bool Equals(LineKey other) => first == other.first && second == other.second && length == other.length;

        public override bool Equals(object? obj) => obj is LineKey other && Equals(other);

        public override int GetHashCode() => (int)first ^ (int)(second >> 32);
    }
}

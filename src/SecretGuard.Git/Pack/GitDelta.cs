using System.Runtime.CompilerServices;
namespace SecretGuard.Git.Pack;

/// <summary>
/// Git's binary delta (a pack's OFS_DELTA/REF_DELTA payload): the base size and the result size as varints, then
/// copy instructions (offset and length into the base) and insert instructions (literal bytes).
/// </summary>
internal static class GitDelta
{
    /// <summary>The base size and result size announced at the start of a delta; false when the header is malformed.</summary>
    public static bool TryReadSizes(ReadOnlySpan<byte> delta, out long baseSize, out long resultSize, out int headerLength)
    {
        var position = 0;
        resultSize = 0;
        headerLength = 0;
        if (!TryReadVarint(delta, ref position, out baseSize) || !TryReadVarint(delta, ref position, out resultSize))
        {
            return false;
        }

        headerLength = position;
        return true;
    }

    /// <summary>Applies <paramref name="delta"/> to <paramref name="source"/>, writing exactly <paramref name="result"/>; false when the delta is corrupt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static bool TryApply(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta, Span<byte> result)
    {
        if (!TryReadSizes(delta, out var baseSize, out var resultSize, out var position) || baseSize != source.Length || resultSize != result.Length)
        {
            return false;
        }

        var written = 0;
        while (position < delta.Length)
        {
            int op = delta[position++];
            if ((op & 0x80) != 0)
            {
                long offset = 0;
                long length = 0;
                for (var bit = 0; bit < 4; bit++)
                {
                    if ((op & (1 << bit)) != 0)
                    {
                        if (position >= delta.Length)
                        {
                            return false;
                        }

                        offset |= (long)delta[position++] << (8 * bit);
                    }
                }

                for (var bit = 0; bit < 3; bit++)
                {
                    if ((op & (0x10 << bit)) != 0)
                    {
                        if (position >= delta.Length)
                        {
                            return false;
                        }

                        length |= (long)delta[position++] << (8 * bit);
                    }
                }

                if (length == 0)
                {
                    length = 0x10000;
                }

                if (offset + length > source.Length || written + length > result.Length)
                {
                    return false;
                }

                source.Slice((int)offset, (int)length).CopyTo(result[written..]);
                written += (int)length;
            }
            else if (op != 0)
            {
                if (position + op > delta.Length || written + op > result.Length)
                {
                    return false;
                }

                delta.Slice(position, op).CopyTo(result[written..]);
                position += op;
                written += op;
            }
            else
            {
                return false; // reserved instruction
            }
        }

        return written == result.Length;
    }

    private static bool TryReadVarint(ReadOnlySpan<byte> data, ref int position, out long value)
    {
        value = 0;
        var shift = 0;
        while (position < data.Length && shift < 63)
        {
            var next = data[position++];
            value |= (long)(next & 0x7F) << shift;
            shift += 7;
            if ((next & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

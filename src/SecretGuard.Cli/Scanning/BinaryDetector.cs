using System.Buffers;
using System.Text;

namespace SecretGuard.Cli.Scanning;

/// <summary>
/// Decides from the first 8 KB whether bytes are binary: a NUL byte, or more than 10% of the sample being invalid UTF-8 or
/// control characters other than tab, line breaks, form feed and escape. A few stray Latin-1 bytes in a text file do not
/// make it binary; such text is decoded with replacement characters and scanned.
/// </summary>
public static class BinaryDetector
{
    public const int SampleSize = 8 * 1024;

    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content.Length > SampleSize ? content[..SampleSize] : content;
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var suspicious = 0;
        var total = 0;
        while (!sample.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(sample, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                break; // a character cut by the sample's end
            }

            total++;
            if (status == OperationStatus.InvalidData)
            {
                suspicious++;
            }
            else if (rune.Value < 0x20 && rune.Value is not ('\t' or '\n' or '\r' or '\f' or '\v' or 0x1B))
            {
                suspicious++;
            }

            sample = sample[Math.Max(1, consumed)..];
        }

        return total > 0 && suspicious * 10 > total;
    }
}

using System.CommandLine.Parsing;
using System.Globalization;

namespace SecretGuard.Cli.Scanning;

/// <summary>Parses sizes such as <c>1048576</c>, <c>512KB</c>, <c>10MB</c>, <c>1GB</c> (binary multiples).</summary>
public static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var value = text.Trim().ToUpperInvariant();
        long multiplier = 1;
        foreach (var (suffix, factor) in new[] { ("KB", 1024L), ("MB", 1024L * 1024), ("GB", 1024L * 1024 * 1024), ("K", 1024L), ("M", 1024L * 1024), ("G", 1024L * 1024 * 1024), ("B", 1L) })
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                multiplier = factor;
                value = value[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        try
        {
            bytes = checked(number * multiplier);
        }
        catch (OverflowException)
        {
            return false;
        }

        // Files are read into one buffer; keep under the largest array .NET allocates.
        return bytes <= Array.MaxLength;
    }

    internal static long Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (TryParse(token, out var bytes))
        {
            return bytes;
        }

        result.AddError($"--max-file-size: '{token}' is not a size (examples: 1048576, 512KB, 10MB; at most 2GB).");
        return 0;
    }
}

using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace SecretGuard.Git.Native;

/// <summary>The headers of a commit object the walk needs: its tree, its parents and its committer time.</summary>
internal sealed class RawCommit
{
    private RawCommit(Oid tree, Oid[] parents, DateTimeOffset committed)
    {
        Tree = tree;
        Parents = parents;
        Committed = committed;
    }

    public Oid Tree { get; }

    public Oid[] Parents { get; }

    public DateTimeOffset Committed { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public static RawCommit Parse(ReadOnlySpan<byte> raw, Oid id)
    {
        Oid? tree = null;
        Oid[] parents = [];
        var committed = DateTimeOffset.MinValue;
        while (raw.Length > 0)
        {
            var end = raw.IndexOf((byte)'\n');
            var header = end >= 0 ? raw[..end] : raw;
            if (header.Length == 0)
            {
                break; // blank line: the message follows
            }

            if (header.StartsWith("tree "u8) && Oid.TryParseHex(header[5..], out var treeId))
            {
                tree = treeId;
            }
            else if (header.StartsWith("parent "u8) && Oid.TryParseHex(header[7..], out var parentId))
            {
                parents = [.. parents, parentId];
            }
            else if (header.StartsWith("committer "u8))
            {
                committed = ParseTime(header[10..]);
            }

            raw = end >= 0 ? raw[(end + 1)..] : default;
        }

        if (tree is null)
        {
            throw new GitScanException($"commit {id.ToHex()} is corrupt (no tree)");
        }

        return new RawCommit(tree.Value, parents, committed);
    }

    /// <summary>Author name, email, date and the first line of the message, for findings.</summary>
    public static (string Name, string Email, DateTimeOffset When, string Summary) ParseDetails(ReadOnlySpan<byte> raw)
    {
        (string Name, string Email, DateTimeOffset When) author = ("", "", DateTimeOffset.MinValue);
        foreach (var header in Headers(raw))
        {
            if (header.StartsWith("author "u8))
            {
                author = ParseSignature(header[7..]);
            }
        }

        var bodyStart = raw.IndexOf("\n\n"u8);
        var summary = "";
        if (bodyStart >= 0)
        {
            var body = raw[(bodyStart + 2)..];
            var end = body.IndexOf((byte)'\n');
            summary = Encoding.UTF8.GetString(end >= 0 ? body[..end] : body).Trim();
        }

        return (author.Name, author.Email, author.When, summary);
    }

    /// <summary>Header lines up to the blank line before the message (continuation lines of multi-line headers included as their own lines).</summary>
    private static List<byte[]> Headers(ReadOnlySpan<byte> raw)
    {
        var lines = new List<byte[]>(6);
        while (raw.Length > 0)
        {
            var end = raw.IndexOf((byte)'\n');
            var line = end >= 0 ? raw[..end] : raw;
            if (line.Length == 0)
            {
                break;
            }

            lines.Add(line.ToArray());
            raw = end >= 0 ? raw[(end + 1)..] : default;
        }

        return lines;
    }

    /// <summary>The instant of a signature (<c>Name &lt;email&gt; 1700000000 +0100</c>) without decoding the name.</summary>
    private static DateTimeOffset ParseTime(ReadOnlySpan<byte> value)
    {
        var close = value.LastIndexOf((byte)'>');
        var rest = close >= 0 ? value[(close + 1)..].Trim((byte)' ') : default;
        var space = rest.IndexOf((byte)' ');
        var digits = space >= 0 ? rest[..space] : rest;
        long seconds = 0;
        if (digits.Length == 0 || digits.Length > 15)
        {
            return DateTimeOffset.MinValue;
        }

        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return DateTimeOffset.MinValue;
            }

            seconds = (seconds * 10) + (digit - '0');
        }

        try
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTimeOffset.MinValue;
        }
    }

    /// <summary><c>Name &lt;email&gt; 1700000000 +0100</c>.</summary>
    private static (string Name, string Email, DateTimeOffset When) ParseSignature(ReadOnlySpan<byte> value)
    {
        var open = value.IndexOf((byte)'<');
        var close = value.IndexOf((byte)'>');
        if (open < 0 || close < open)
        {
            return (Encoding.UTF8.GetString(value).Trim(), "", DateTimeOffset.MinValue);
        }

        var name = Encoding.UTF8.GetString(value[..open]).Trim();
        var email = Encoding.UTF8.GetString(value[(open + 1)..close]);
        var rest = Encoding.ASCII.GetString(value[(close + 1)..]).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var when = DateTimeOffset.MinValue;
        if (rest.Length >= 1 && long.TryParse(rest[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            var offset = TimeSpan.Zero;
            if (rest.Length >= 2 && rest[1].Length == 5 && int.TryParse(rest[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
            {
                offset = new TimeSpan(hhmm / 100, hhmm % 100, 0) * (rest[1][0] == '-' ? -1 : 1);
            }

            try
            {
                when = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
            }
            catch (ArgumentOutOfRangeException)
            {
                when = DateTimeOffset.MinValue;
            }
        }

        return (name, email, when);
    }
}

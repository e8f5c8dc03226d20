using System.Text;

namespace SecretGuard.Cli.Scanning;

/// <summary>
/// Bytes to text: a UTF-16 or UTF-32 byte-order mark selects that encoding; otherwise UTF-8 (BOM dropped) with invalid
/// sequences replaced by U+FFFD, so a file with a few stray bytes is still scanned.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The encoding a byte-order mark announces (with the BOM length), or null for none/UTF-8.</summary>
    public static (Encoding Encoding, int BomLength)? DetectUnicodeBom(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return (Encoding.UTF32, 4);
        }

        if (content.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode, 2);
        }

        if (content.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return null;
    }

    public static string Decode(ReadOnlySpan<byte> content)
    {
        var bom = DetectUnicodeBom(content);
        if (bom is { } unicode)
        {
            return unicode.Encoding.GetString(content[unicode.BomLength..]);
        }

        if (content.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            content = content[3..];
        }

        return Utf8.GetString(content);
    }
}

using System;
using System.IO;
using System.Text.RegularExpressions;

namespace SecretGuard.Build;

/// <summary>
/// Private key material whose mere presence in a project is a finding (SG1002): PKCS#12 containers
/// (<c>*.p12</c>, <c>*.pfx</c>) and PEM files holding a <c>PRIVATE KEY</c> block. Public certificates are not.
/// </summary>
public static class PrivateKeyMaterial
{
    private static readonly Regex PemPrivateKeyHeader = new Regex(
        @"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
        RegexOptions.CultureInvariant);

    /// <summary>Binary key containers: not read as text, reported by extension.</summary>
    public static bool IsKeyContainer(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Index of the first PEM private key header in <paramref name="text"/>, or -1.</summary>
    public static int FindPemPrivateKey(string text)
    {
        if (text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) < 0)
        {
            return -1;
        }

        var match = PemPrivateKeyHeader.Match(text);
        return match.Success ? match.Index : -1;
    }
}

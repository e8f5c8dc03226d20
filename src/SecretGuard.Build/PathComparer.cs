using System;
using System.IO;

namespace SecretGuard.Build;

/// <summary>File-system path equality: case-insensitive on Windows, ordinal elsewhere.</summary>
internal static class PathComparer
{
    public static readonly StringComparer Instance =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static readonly StringComparison Comparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}

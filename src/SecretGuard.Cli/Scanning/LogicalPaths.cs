namespace SecretGuard.Cli.Scanning;

/// <summary>
/// Turns full paths into the logical paths findings carry (forward slashes, relative to <see cref="BaseDirectory"/>).
/// The base is the current folder when every scanned path lies inside it (so <c>scan .</c> and <c>scan src</c> give
/// repository-relative paths); otherwise the single scanned folder; otherwise none, and paths stay absolute. Fingerprints
/// include the logical path, so this rule keeps them stable between <c>scan .</c> and <c>scan /abs/repo</c>.
/// </summary>
public sealed class LogicalPaths
{
    private LogicalPaths(string? baseDirectory) => BaseDirectory = baseDirectory;

    /// <summary>Absolute folder that logical paths are relative to, or null when they are absolute.</summary>
    public string? BaseDirectory { get; }

    public static LogicalPaths For(IReadOnlyList<string> fullRoots, string currentDirectory)
    {
        var cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory));
        if (fullRoots.All(root => IsUnder(root, cwd)))
        {
            return new LogicalPaths(cwd);
        }

        if (fullRoots.Count == 1)
        {
            var root = fullRoots[0];
            return new LogicalPaths(Directory.Exists(root) ? Path.TrimEndingDirectorySeparator(root) : Path.GetDirectoryName(root));
        }

        return new LogicalPaths(null);
    }

    public string ToLogical(string fullPath)
    {
        if (BaseDirectory is not null && IsUnder(fullPath, BaseDirectory))
        {
            var relative = Path.GetRelativePath(BaseDirectory, fullPath);
            return relative == "." ? Path.GetFileName(fullPath) : Normalize(relative);
        }

        return Normalize(fullPath);
    }

    private static string Normalize(string path) => Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsUnder(string path, string directory)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        return trimmed.Equals(directory, comparison)
            || (trimmed.StartsWith(directory, comparison) && (trimmed[directory.Length] == Path.DirectorySeparatorChar || trimmed[directory.Length] == Path.AltDirectorySeparatorChar))
            || directory == Path.GetPathRoot(directory);
    }
}

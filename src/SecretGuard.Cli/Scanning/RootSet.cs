namespace SecretGuard.Cli.Scanning;

/// <summary>Removes scan roots that lie inside another root folder, so <c>scan . src</c> reads every file once.</summary>
public static class RootSet
{
    public static List<string> WithoutNested(IReadOnlyList<string> fullRoots)
    {
        var folders = fullRoots.Where(Directory.Exists).Select(Path.TrimEndingDirectorySeparator).ToList();
        var kept = new List<string>();
        foreach (var root in fullRoots.Select(Path.TrimEndingDirectorySeparator).Distinct(StringComparer.Ordinal))
        {
            var nested = folders.Any(folder => !string.Equals(folder, root, StringComparison.Ordinal) && IsInside(root, folder));
            if (!nested)
            {
                kept.Add(root);
            }
        }

        return kept;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal)
        && (path.Length > folder.Length && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar)));
}

namespace SecretGuard.Cli.Scanning;

/// <summary>
/// Enumerates the files under the scan roots lazily: skips <see cref="ScanSettings.IgnoredDirectoryNames"/> (unless asked),
/// does not follow symbolic links (unless asked, and then never twice into the same folder), and reports folders it cannot
/// list instead of failing. Roots given explicitly as files are always yielded.
/// </summary>
public sealed class FileWalker(ScanSettings settings, LogicalPaths paths, Action<SkipReason, string, string> skipped, Action<string>? trace = null)
{
    private static readonly EnumerationOptions ListOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly HashSet<string> ignoredNames = new(ScanSettings.IgnoredDirectoryNames, StringComparer.Ordinal);

    /// <summary>Files under <paramref name="fullRoots"/> (each a full path to an existing file or folder).</summary>
    public IEnumerable<ScanTarget> Enumerate(IEnumerable<string> fullRoots)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in fullRoots)
        {
            if (File.Exists(root))
            {
                yield return new ScanTarget(root, paths.ToLogical(root), new FileInfo(root).Length);
                continue;
            }

            foreach (var target in Walk(root, visited))
            {
                yield return target;
            }
        }
    }

    private IEnumerable<ScanTarget> Walk(string root, HashSet<string> visited)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        visited.Add(RealPath(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", ListOneFolder).ToList();
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                skipped(SkipReason.Unreadable, paths.ToLogical(directory), exception is UnauthorizedAccessException ? "permission denied" : exception.Message);
                continue;
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                var isLink = entry.LinkTarget is not null;
                if (isLink && !settings.FollowSymlinks)
                {
                    skipped(SkipReason.Symlink, paths.ToLogical(entry.FullName), "symbolic link not followed (use --follow-symlinks)");
                    continue;
                }

                if (entry is DirectoryInfo folder)
                {
                    if (!settings.IncludeIgnoredDirectories && ignoredNames.Contains(folder.Name))
                    {
                        trace?.Invoke($"skipped folder {paths.ToLogical(folder.FullName)} (use --include-ignored-dirs to scan it)");
                        continue;
                    }

                    if (isLink && !visited.Add(RealPath(folder.FullName)))
                    {
                        continue;
                    }

                    subfolders.Add(folder.FullName);
                    continue;
                }

                long length;
                try
                {
                    length = isLink ? new FileInfo(entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName).Length : ((FileInfo)entry).Length;
                }
                catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
                {
                    skipped(SkipReason.Unreadable, paths.ToLogical(entry.FullName), isLink ? "broken symbolic link" : exception.Message);
                    continue;
                }

                yield return new ScanTarget(entry.FullName, paths.ToLogical(entry.FullName), length);
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            return Path.GetFullPath(target?.FullName ?? directory);
        }
        catch (IOException)
        {
            return directory;
        }
    }
}

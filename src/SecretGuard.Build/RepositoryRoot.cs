using System.IO;

namespace SecretGuard.Build;

/// <summary>
/// The folder that logical paths are relative to: the nearest folder above the project holding <c>.git</c>
/// (a folder, or a file in worktrees and submodules), else the project folder. The CLI and the git scanner
/// report paths relative to the same root, so fingerprints (which include the path) agree.
/// </summary>
public static class RepositoryRoot
{
    public static string Find(string projectDirectory)
    {
        var start = Path.GetFullPath(projectDirectory);
        for (var directory = start; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var marker = Path.Combine(directory, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return directory;
            }
        }

        return start;
    }
}

using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>Where a repository lives: its git folder, and its working tree (null for a bare repository).</summary>
public sealed record RepositoryLocation(string GitDirectory, string? WorkingDirectory)
{
    /// <summary>Finds the repository containing <paramref name="path"/>; <see cref="GitScanException"/> when there is none.</summary>
    public static RepositoryLocation Find(string path)
    {
        var gitDirectory = GitHistoryScanner.FindRepository(path);
        try
        {
            using var repository = new Repository(gitDirectory);
            var workdir = repository.Info.WorkingDirectory;
            return new RepositoryLocation(
                Path.TrimEndingDirectorySeparator(repository.Info.Path),
                workdir is null ? null : Path.TrimEndingDirectorySeparator(workdir));
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitScanException($"{gitDirectory}: the repository could not be opened ({exception.Message})", exception);
        }
    }
}

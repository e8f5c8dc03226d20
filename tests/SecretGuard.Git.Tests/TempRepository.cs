using System.Diagnostics;

namespace SecretGuard.Git.Tests;

/// <summary>A real git repository in a temp folder, driven by the git CLI with fixed identities and dates.</summary>
internal sealed class TempRepository : IDisposable
{
    private int clock;

    private TempRepository(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static TempRepository Create(bool bare = false)
    {
        var path = NewFolder();
        var repository = new TempRepository(path);
        repository.Git("init", "-q", "-b", "main", bare ? "--bare" : ".");
        return repository;
    }

    /// <summary>Wraps an existing folder (e.g. a clone) and deletes it on dispose.</summary>
    public static TempRepository Adopt(string path) => new(path);

    public static string NewFolder()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sg-git-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>Stages everything and commits; returns the new commit id.</summary>
    public string CommitAll(string message, string author = "Alice Example")
    {
        Git("add", "-A");
        return Commit(message, author);
    }

    public string Commit(string message, string author = "Alice Example")
    {
        clock++;
        var date = $"2024-01-{clock % 28 + 1:00}T{clock % 24:00}:00:00Z";
        Git(new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author,
            ["GIT_AUTHOR_EMAIL"] = author.Split(' ')[0].ToLowerInvariant() + "@example.com",
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_NAME"] = author,
            ["GIT_COMMITTER_EMAIL"] = "ci@example.com",
            ["GIT_COMMITTER_DATE"] = date,
        }, "commit", "-q", "--allow-empty", "--no-verify", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    public string Git(IDictionary<string, string> environment, params string[] args) => RunGit(Path, environment, args);

    public static string RunGit(string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = "Alice Example";
        start.Environment["GIT_AUTHOR_EMAIL"] = "alice@example.com";
        start.Environment["GIT_COMMITTER_NAME"] = "Alice Example";
        start.Environment["GIT_COMMITTER_EMAIL"] = "alice@example.com";
        foreach (var pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }

        return output.Result;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using LibGit2Sharp;

namespace SecretGuard.Git.Hooks;

/// <summary>
/// Installs and removes the SecretGuard pre-commit hook. The hooks folder is <c>core.hooksPath</c> when set (relative to
/// the working tree), else the repository's common <c>hooks</c> folder (shared by linked worktrees). A foreign hook is
/// never lost: install moves it to <see cref="PreCommitHookScript.ChainedFileName"/> and the SecretGuard hook runs it
/// first; uninstall moves it back.
/// </summary>
public static class PreCommitHookInstaller
{
    public static HookInstallResult Install(string repositoryPath, bool force)
    {
        var hooks = HooksDirectory(repositoryPath);
        Directory.CreateDirectory(hooks);
        var hook = Path.Combine(hooks, "pre-commit");
        var chained = Path.Combine(hooks, PreCommitHookScript.ChainedFileName);

        if (File.Exists(hook) && IsOurs(hook))
        {
            WriteHook(hook);
            return new HookInstallResult(hook, $"SecretGuard pre-commit hook refreshed at {hook}{(File.Exists(chained) ? " (still chaining the previous hook)" : "")}.");
        }

        var message = $"SecretGuard pre-commit hook installed at {hook}.";
        if (File.Exists(hook))
        {
            if (File.Exists(chained))
            {
                if (!force)
                {
                    throw new GitScanException($"{hook} is a foreign hook and {chained} already exists; move one of them away, or pass --force to keep the current hook chained (the older chained hook is saved as {PreCommitHookScript.ChainedFileName}.bak).");
                }

                File.Move(chained, chained + ".bak", overwrite: true);
            }

            File.Move(hook, chained);
            EnsureExecutable(chained);
            message = $"SecretGuard pre-commit hook installed at {hook}; the existing hook was kept as {PreCommitHookScript.ChainedFileName} and runs first.";
        }

        WriteHook(hook);
        return new HookInstallResult(hook, message);
    }

    public static HookInstallResult Uninstall(string repositoryPath)
    {
        var hooks = HooksDirectory(repositoryPath);
        var hook = Path.Combine(hooks, "pre-commit");
        var chained = Path.Combine(hooks, PreCommitHookScript.ChainedFileName);
        if (!File.Exists(hook))
        {
            return new HookInstallResult(hook, $"No pre-commit hook at {hook}; nothing to uninstall.");
        }

        if (!IsOurs(hook))
        {
            throw new GitScanException($"{hook} was not installed by SecretGuard; left unchanged.");
        }

        File.Delete(hook);
        if (File.Exists(chained))
        {
            File.Move(chained, hook);
            return new HookInstallResult(hook, $"SecretGuard pre-commit hook removed; the previous hook is back at {hook}.");
        }

        return new HookInstallResult(hook, $"SecretGuard pre-commit hook removed from {hook}.");
    }

    /// <summary>Where git looks for hooks in this repository.</summary>
    public static string HooksDirectory(string repositoryPath)
    {
        var location = RepositoryLocation.Find(repositoryPath);
        string? hooksPath;
        using (var repository = new Repository(location.GitDirectory))
        {
            hooksPath = repository.Config.Get<string>("core.hooksPath")?.Value;
        }

        if (!string.IsNullOrWhiteSpace(hooksPath))
        {
            hooksPath = hooksPath!.StartsWith("~/", StringComparison.Ordinal)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), hooksPath[2..])
                : hooksPath;
            return Path.GetFullPath(hooksPath, location.WorkingDirectory ?? location.GitDirectory);
        }

        return Path.Combine(CommonDirectory(location.GitDirectory), "hooks");
    }

    private static string CommonDirectory(string gitDirectory)
    {
        var pointer = Path.Combine(gitDirectory, "commondir");
        return File.Exists(pointer)
            ? Path.GetFullPath(File.ReadAllText(pointer).Trim(), gitDirectory)
            : gitDirectory;
    }

    private static bool IsOurs(string hook)
    {
        using var reader = new StreamReader(hook);
        for (var i = 0; i < 3 && reader.ReadLine() is { } line; i++)
        {
            if (line.StartsWith(PreCommitHookScript.Marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteHook(string hook)
    {
        var temporary = hook + ".secretguard-tmp";
        File.WriteAllText(temporary, PreCommitHookScript.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        EnsureExecutable(temporary);
        File.Move(temporary, hook, overwrite: true);
    }

    private static void EnsureExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}

using System.Diagnostics;
using SecretGuard.Git.Hooks;

namespace SecretGuard.Git.Tests.Hooks;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PreCommitHookInstallerTests
{
    private const string ForeignHook = "#!/bin/sh\necho foreign-hook-ran >> \"$(git rev-parse --git-dir)/foreign.log\"\nexit 0\n";

    [Fact]
    public void Install_writes_an_executable_hook_that_runs_a_staged_scan()
    {
        using var repository = TempRepository.Create();

        var result = PreCommitHookInstaller.Install(repository.Path, force: false);

        var hook = Path.Combine(repository.Path, ".git", "hooks", "pre-commit");
        Assert.Equal(hook, result.HookPath);
        var text = File.ReadAllText(hook);
        Assert.StartsWith("#!/bin/sh\n" + PreCommitHookScript.Marker, text);
        Assert.Contains("set -- git --staged", text);
        Assert.Contains("exec secretguard \"$@\"", text);
        Assert.DoesNotContain("\r", text);
        Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Install_then_uninstall_keeps_and_restores_a_foreign_hook()
    {
        using var repository = TempRepository.Create();
        var hooks = Path.Combine(repository.Path, ".git", "hooks");
        var hook = Path.Combine(hooks, "pre-commit");
        File.WriteAllText(hook, ForeignHook);

        var install = PreCommitHookInstaller.Install(repository.Path, force: false);

        Assert.Contains("kept", install.Message);
        Assert.Equal(ForeignHook, File.ReadAllText(Path.Combine(hooks, PreCommitHookScript.ChainedFileName)));
        Assert.Contains(PreCommitHookScript.Marker, File.ReadAllText(hook));

        PreCommitHookInstaller.Install(repository.Path, force: false); // idempotent: still chained, not chained twice
        Assert.Equal(ForeignHook, File.ReadAllText(Path.Combine(hooks, PreCommitHookScript.ChainedFileName)));

        PreCommitHookInstaller.Uninstall(repository.Path);

        Assert.Equal(ForeignHook, File.ReadAllText(hook));
        Assert.False(File.Exists(Path.Combine(hooks, PreCommitHookScript.ChainedFileName)));
    }

    [Fact]
    public void Uninstall_refuses_to_touch_a_foreign_hook()
    {
        using var repository = TempRepository.Create();
        var hook = Path.Combine(repository.Path, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, ForeignHook);

        var error = Assert.Throws<GitScanException>(() => PreCommitHookInstaller.Uninstall(repository.Path));

        Assert.Contains("not installed by SecretGuard", error.Message);
        Assert.Equal(ForeignHook, File.ReadAllText(hook));
    }

    [Fact]
    public void Install_with_a_foreign_hook_and_an_old_chained_hook_needs_force_and_loses_nothing()
    {
        using var repository = TempRepository.Create();
        var hooks = Path.Combine(repository.Path, ".git", "hooks");
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), ForeignHook);
        File.WriteAllText(Path.Combine(hooks, PreCommitHookScript.ChainedFileName), "#!/bin/sh\n# older\n");

        Assert.Throws<GitScanException>(() => PreCommitHookInstaller.Install(repository.Path, force: false));
        PreCommitHookInstaller.Install(repository.Path, force: true);

        Assert.Equal(ForeignHook, File.ReadAllText(Path.Combine(hooks, PreCommitHookScript.ChainedFileName)));
        Assert.Equal("#!/bin/sh\n# older\n", File.ReadAllText(Path.Combine(hooks, PreCommitHookScript.ChainedFileName + ".bak")));
    }

    [Fact]
    public void Install_respects_core_hooks_path()
    {
        using var repository = TempRepository.Create();
        repository.Git("config", "core.hooksPath", ".githooks");

        var result = PreCommitHookInstaller.Install(repository.Path, force: false);

        Assert.Equal(Path.Combine(repository.Path, ".githooks", "pre-commit"), result.HookPath);
        Assert.True(File.Exists(result.HookPath));
    }

    [Fact]
    public void Installed_hook_runs_the_chained_hook_then_blocks_the_commit_when_secretguard_reports_findings()
    {
        using var repository = TempRepository.Create();
        var hooks = Path.Combine(repository.Path, ".git", "hooks");
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), ForeignHook);
        File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), (UnixFileMode)0b111_101_101);
        PreCommitHookInstaller.Install(repository.Path, force: false);

        // A stand-in 'secretguard' on PATH records its arguments and reports a finding (exit 1).
        var bin = TempRepository.NewFolder();
        var argsLog = Path.Combine(bin, "args.log");
        File.WriteAllText(Path.Combine(bin, "secretguard"), $"#!/bin/sh\necho \"$@\" > '{argsLog}'\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(bin, "secretguard"), (UnixFileMode)0b111_101_101);
        repository.Write("a.txt", "a\n");
        repository.Git("add", "a.txt");

        var commit = RunGit(repository.Path, bin, "commit", "-q", "-m", "blocked");

        Assert.NotEqual(0, commit);
        Assert.Equal("git --staged", File.ReadAllText(argsLog).Trim());

        repository.Write(".secretguard-baseline.json", "{}");
        RunGit(repository.Path, bin, "commit", "-q", "-m", "blocked again");
        Assert.Equal("git --staged --baseline .secretguard-baseline.json", File.ReadAllText(argsLog).Trim());
        Assert.Contains("foreign-hook-ran", File.ReadAllText(Path.Combine(repository.Path, ".git", "foreign.log")));
        Directory.Delete(bin, true);
    }

    private static int RunGit(string workingDirectory, string extraPath, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = extraPath + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "T";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "t@example.com";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}

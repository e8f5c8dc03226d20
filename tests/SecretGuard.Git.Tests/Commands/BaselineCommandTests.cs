using SecretGuard.Core.Baselines;

namespace SecretGuard.Git.Tests.Commands;

public class BaselineCommandTests
{
    [Fact]
    public void Baseline_of_git_history_silences_old_findings_but_not_new_ones()
    {
        using var repository = TempRepository.Create();
        var oldToken = TestSecrets.GitHubToken();
        repository.Write("config.yml", $"a: 1\ntoken: {oldToken}\n");
        repository.CommitAll("old leak");
        var baselineFile = Path.Combine(repository.Path, ".secretguard-baseline.json");

        var create = CliRun.Invoke("baseline", "create", "--git", repository.Path, "--output", baselineFile);

        Assert.Equal(0, create.ExitCode);
        Assert.DoesNotContain(oldToken, File.ReadAllText(baselineFile));
        Assert.Equal(0, CliRun.Invoke("git", repository.Path, "--baseline", baselineFile).ExitCode);

        // the baselined secret moves down; a new secret appears on its old line
        var newToken = TestSecrets.GitHubToken();
        repository.Write("config.yml", $"a: 1\ntoken2: {newToken}\n\n\ntoken: {oldToken}\n");
        repository.CommitAll("move and add");

        var run = CliRun.Invoke("git", repository.Path, "--baseline", baselineFile, "--format", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + the new secret only
        Assert.Contains(",2,", run.Out);
    }

    [Fact]
    public void Baseline_of_files_applies_to_scan_and_update_counts_changes()
    {
        var folder = TempRepository.NewFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), $"x {TestSecrets.GitHubToken()}\n");
            var baselineFile = Path.Combine(folder, "baseline.json");

            Assert.Equal(0, CliRun.Invoke("baseline", "create", folder, "--output", baselineFile).ExitCode);
            Assert.Equal(2, CliRun.Invoke("baseline", "create", folder, "--output", baselineFile).ExitCode); // no silent overwrite
            Assert.Equal(0, CliRun.Invoke("scan", folder, "--baseline", baselineFile).ExitCode);

            File.WriteAllText(Path.Combine(folder, "b.txt"), $"y {TestSecrets.GitHubToken()}\n");
            Assert.Equal(1, CliRun.Invoke("scan", folder, "--baseline", baselineFile).ExitCode);
            var update = CliRun.Invoke("baseline", "update", folder, "--output", baselineFile);

            Assert.Equal(0, update.ExitCode);
            Assert.Contains("1 added, 1 kept, 0 removed", update.Out);
            Assert.Equal(2, BaselineJsonReader.Read(File.ReadAllText(baselineFile), baselineFile).Count);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Malformed_baseline_is_a_usage_error_naming_the_line()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");
        var baselineFile = Path.Combine(repository.Path, "bad.json");
        File.WriteAllText(baselineFile, "{\n  \"version\": 1,\n  \"findings\": [ oops ]\n}\n");

        var run = CliRun.Invoke("git", repository.Path, "--baseline", baselineFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json(3)", run.Error);
    }

    [Fact]
    public void Ignore_file_in_the_repository_root_suppresses_findings_and_reports_stale_entries()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("a");
        var json = CliRun.Invoke("git", repository.Path, "--format", "json").Out;
        var fingerprint = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("findings")[0].GetProperty("fingerprint").GetString();
        var stale = "github-pat:" + new string('e', 32);
        File.WriteAllText(Path.Combine(repository.Path, ".secretguardignore"), $"{fingerprint}  # test fixture\n{stale} # fixed long ago\n");

        var run = CliRun.Invoke("git", repository.Path, "--report-stale");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 ignored by .secretguardignore", run.Out);
        Assert.Contains(stale, run.Out);
        Assert.DoesNotContain($"stale .secretguardignore:1", run.Out);
    }

    [Fact]
    public void Hook_commands_install_and_uninstall()
    {
        using var repository = TempRepository.Create();

        var install = CliRun.Invoke("hook", "install", repository.Path);
        var hook = Path.Combine(repository.Path, ".git", "hooks", "pre-commit");
        Assert.Equal(0, install.ExitCode);
        Assert.True(File.Exists(hook));

        var uninstall = CliRun.Invoke("hook", "uninstall", repository.Path);
        Assert.Equal(0, uninstall.ExitCode);
        Assert.False(File.Exists(hook));
    }
}

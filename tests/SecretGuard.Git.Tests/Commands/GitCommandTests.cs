using System.Text.Json;

namespace SecretGuard.Git.Tests.Commands;

public class GitCommandTests
{
    [Fact]
    public void Git_command_reports_history_findings_with_commit_and_exits_1_without_printing_the_secret()
    {
        using var repository = TempRepository.Create();
        var token = TestSecrets.GitHubToken();
        repository.Write("a.env", $"TOKEN={token}\n");
        var added = repository.CommitAll("add token");
        repository.Write("a.env", "TOKEN=\n");
        repository.CommitAll("remove token");

        var run = CliRun.Invoke("git", repository.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(token, run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("a.env", finding.GetProperty("path").GetString());
        Assert.Equal(added, finding.GetProperty("properties").GetProperty("commit").GetString());
    }

    [Fact]
    public void Clean_history_exits_0_and_says_what_was_walked()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "nothing here\n");
        repository.CommitAll("a");

        var run = CliRun.Invoke("git", repository.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 commits walked, 1 unique blobs scanned", run.Out);
    }

    [Fact]
    public void Staged_option_scans_only_the_index()
    {
        using var repository = TempRepository.Create();
        repository.Write("old.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("old");
        repository.Write("new.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Git("add", "new.txt");

        var run = CliRun.Invoke("git", repository.Path, "--staged", "--format", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("new.txt", run.Out);
        Assert.DoesNotContain("old.txt", run.Out);
    }

    [Fact]
    public void Corrupt_object_exits_2_names_the_object_and_still_reports_other_findings()
    {
        using var repository = TempRepository.Create();
        repository.Write("good.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Write("bad.txt", "to be damaged\n");
        repository.CommitAll("two");
        var badId = repository.Git("rev-parse", "HEAD:bad.txt").Trim();
        var objectFile = Path.Combine(repository.Path, ".git", "objects", badId[..2], badId[2..]);
        File.SetAttributes(objectFile, FileAttributes.Normal);
        File.WriteAllBytes(objectFile, [9, 9, 9]);

        var run = CliRun.Invoke("git", repository.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(badId, run.Error);
        Assert.Contains("good.txt", run.Out);
    }

    [Fact]
    public void Not_a_repository_is_a_usage_error()
    {
        var folder = TempRepository.NewFolder();
        try
        {
            var run = CliRun.Invoke("git", folder);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("not a git repository", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("--staged", "--range", "a..b")]
    [InlineData("--range", "a..b", "--branch", "main")]
    [InlineData("--since", "yesterday-ish")]
    public void Conflicting_or_malformed_options_exit_2(params string[] options)
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");

        var run = CliRun.Invoke(["git", repository.Path, .. options]);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Shallow_clone_and_submodules_are_stated_in_the_summary()
    {
        using var source = TempRepository.Create();
        source.Write("a.txt", "a\n");
        var first = source.CommitAll("a");
        source.Git("update-index", "--add", "--cacheinfo", $"160000,{first},libs/sub");
        source.Commit("submodule");
        var clonePath = TempRepository.NewFolder();
        using var clone = TempRepository.Adopt(clonePath);
        TempRepository.RunGit(clonePath, new Dictionary<string, string>(), "clone", "-q", "--depth", "1", "file://" + source.Path, ".");

        var run = CliRun.Invoke("git", clonePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("shallow clone", run.Out);
        Assert.Contains("submodules not followed", run.Out);
        Assert.Contains("libs/sub", run.Out);
    }
}

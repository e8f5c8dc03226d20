using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Git.Tests.History;

public class HistoryScanTests
{
    private static readonly GitHistoryScanner Scanner = new(SecretScanner.Default);

    private static GitScanResult ScanAll(TempRepository repository, GitScanOptions? options = null) =>
        Scanner.ScanHistory(repository.Path, options ?? new GitScanOptions { Threads = 2 });

    [Fact]
    public void Secret_added_then_removed_is_found_with_the_commit_that_added_it()
    {
        using var repository = TempRepository.Create();
        var token = TestSecrets.GitHubToken();
        repository.Write("README.md", "hello\n");
        repository.CommitAll("initial");
        repository.Write("config/app.env", $"NAME=demo\nGITHUB_TOKEN={token}\n");
        var added = repository.CommitAll("Add deployment settings\n\nlong body", author: "Bob Builder");
        repository.Write("config/app.env", "NAME=demo\n");
        repository.CommitAll("remove token");

        var result = ScanAll(repository);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("config/app.env", finding.Path);
        Assert.Equal(2, finding.Line);
        Assert.Equal(added, finding.GetProperty(FindingProperties.Commit));
        Assert.Equal("Bob Builder", finding.GetProperty(FindingProperties.Author));
        Assert.Equal("bob@example.com", finding.GetProperty(FindingProperties.Email));
        Assert.Equal("Add deployment settings", finding.GetProperty(FindingProperties.Message));
        Assert.StartsWith("2024-01-", finding.GetProperty(FindingProperties.Date));
        Assert.Equal(3, result.CommitsScanned);
        Assert.Empty(result.Problems);
        Assert.False(result.IsShallow);
    }

    [Fact]
    public void Secret_kept_across_many_commits_is_reported_once_per_place()
    {
        using var repository = TempRepository.Create();
        var token = TestSecrets.GitHubToken();
        repository.Write("a.txt", $"token={token}\n");
        var first = repository.CommitAll("add");
        for (var i = 0; i < 4; i++)
        {
            repository.Write("a.txt", $"line {i}\n" + File.ReadAllText(Path.Combine(repository.Path, "a.txt")));
            repository.CommitAll($"edit {i}");
        }

        repository.Write("copy/b.txt", $"token={token}\ntoken={token}\n");
        var copy = repository.CommitAll("copy");

        var result = ScanAll(repository);

        Assert.Equal(3, result.Findings.Count);
        Assert.Equal(first, result.Findings[0].GetProperty(FindingProperties.Commit));
        Assert.Equal("a.txt", result.Findings[0].Path);
        Assert.All(result.Findings.Skip(1), f => Assert.Equal(("copy/b.txt", copy), (f.Path, f.GetProperty(FindingProperties.Commit))));
        Assert.Equal(new[] { 1, 2 }, result.Findings.Skip(1).Select(f => f.Line));
    }

    [Fact]
    public void Renamed_file_keeps_the_original_finding_and_reports_the_new_path_at_the_rename()
    {
        using var repository = TempRepository.Create();
        var token = TestSecrets.GitHubToken();
        repository.Write("old/name.txt", $"t={token}\n");
        var added = repository.CommitAll("add");
        Directory.CreateDirectory(Path.Combine(repository.Path, "new"));
        repository.Git("mv", "old/name.txt", "new/name.txt");
        var renamed = repository.CommitAll("rename");

        var result = ScanAll(repository);

        Assert.Equal(2, result.Findings.Count);
        Assert.Equal(("old/name.txt", added), (result.Findings[0].Path, result.Findings[0].GetProperty(FindingProperties.Commit)));
        Assert.Equal(("new/name.txt", renamed), (result.Findings[1].Path, result.Findings[1].GetProperty(FindingProperties.Commit)));
        Assert.Equal(1, result.BlobsScanned);
    }

    [Fact]
    public void Merge_commit_is_blamed_only_for_content_no_parent_had()
    {
        using var repository = TempRepository.Create();
        var fromBranch = TestSecrets.GitHubToken();
        var fromMerge = TestSecrets.GitHubToken();
        repository.Write("base.txt", "base\n");
        repository.CommitAll("base");
        repository.Git("checkout", "-q", "-b", "feature");
        repository.Write("feature.txt", $"k={fromBranch}\n");
        var featureCommit = repository.CommitAll("feature work");
        repository.Git("checkout", "-q", "main");
        repository.Write("main.txt", "main\n");
        repository.CommitAll("main work");
        repository.Git("merge", "-q", "--no-ff", "--no-commit", "feature");
        repository.Write("merge-fix.txt", $"k={fromMerge}\n");
        repository.Git("add", "-A");
        var merge = repository.Commit("merge feature");

        var result = ScanAll(repository);

        Assert.Equal(2, result.Findings.Count);
        Assert.Equal(featureCommit, result.Findings.Single(f => f.Path == "feature.txt").GetProperty(FindingProperties.Commit));
        Assert.Equal(merge, result.Findings.Single(f => f.Path == "merge-fix.txt").GetProperty(FindingProperties.Commit));
    }

    [Fact]
    public void Range_scans_only_the_commits_a_pull_request_adds()
    {
        using var repository = TempRepository.Create();
        repository.Write("old.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("old secret on main");
        repository.Git("checkout", "-q", "-b", "pr");
        repository.Write("new.txt", $"k={TestSecrets.GitHubToken()}\n");
        var prCommit = repository.CommitAll("pr adds a secret");
        repository.Write("other.txt", "fine\n");
        repository.CommitAll("pr second commit");

        var result = ScanAll(repository, new GitScanOptions { Range = "main..pr" });

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("new.txt", prCommit), (finding.Path, finding.GetProperty(FindingProperties.Commit)));
        Assert.Equal(2, result.CommitsScanned);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("main...pr")]
    [InlineData("nope..main")]
    public void Bad_range_is_a_clear_error(string range)
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");
        repository.Git("branch", "pr");

        var error = Assert.Throws<GitScanException>(() => ScanAll(repository, new GitScanOptions { Range = range }));

        Assert.Contains(range.StartsWith("nope", StringComparison.Ordinal) ? "nope" : range, error.Message);
    }

    [Fact]
    public void Branch_option_limits_the_walk_and_all_refs_is_the_default()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");
        repository.Git("checkout", "-q", "-b", "side");
        repository.Write("side.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("side secret");
        repository.Git("checkout", "-q", "main");

        Assert.Empty(ScanAll(repository, new GitScanOptions { Branches = ["main"] }).Findings);
        Assert.Single(ScanAll(repository).Findings);
    }

    [Fact]
    public void Since_and_until_select_commits_by_date()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("first"); // 2024-01-02
        repository.Write("b.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("second"); // 2024-01-03

        var result = ScanAll(repository, new GitScanOptions { Since = new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero) });
        var before = ScanAll(repository, new GitScanOptions { Until = new DateTimeOffset(2024, 1, 2, 23, 0, 0, TimeSpan.Zero) });

        Assert.Equal("b.txt", Assert.Single(result.Findings).Path);
        Assert.Equal("a.txt", Assert.Single(before.Findings).Path);
    }

    [Fact]
    public void Tags_on_blobs_and_trees_and_annotated_tags_on_commits_are_handled()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");
        repository.Git("checkout", "-q", "-b", "gone");
        repository.Write("tagged-only.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("only reachable from a tag");
        repository.Git("tag", "-a", "-m", "release", "v1");
        repository.Git("checkout", "-q", "main");
        repository.Git("branch", "-q", "-D", "gone");
        repository.Git("tag", "blob-tag", repository.Git("rev-parse", "HEAD:a.txt").Trim());
        repository.Git("tag", "tree-tag", repository.Git("rev-parse", "HEAD^{tree}").Trim());

        var result = ScanAll(repository);

        Assert.Equal("tagged-only.txt", Assert.Single(result.Findings).Path);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Empty_repository_scans_nothing_without_error()
    {
        using var repository = TempRepository.Create();

        var result = ScanAll(repository);

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.CommitsScanned);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Folder_that_is_not_a_repository_is_a_clear_error()
    {
        var folder = TempRepository.NewFolder();
        try
        {
            var error = Assert.Throws<GitScanException>(() => Scanner.ScanHistory(folder, new GitScanOptions()));
            Assert.Contains("not a git repository", error.Message);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Bare_repository_is_scanned()
    {
        using var source = TempRepository.Create();
        source.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        source.CommitAll("a");
        var barePath = TempRepository.NewFolder();
        using var bare = TempRepository.Adopt(barePath);
        TempRepository.RunGit(barePath, new Dictionary<string, string>(), "clone", "-q", "--bare", source.Path, ".");

        var result = Scanner.ScanHistory(barePath, new GitScanOptions());

        Assert.Single(result.Findings);
    }

    [Fact]
    public void Shallow_clone_scans_what_is_there_and_says_it_is_shallow()
    {
        using var source = TempRepository.Create();
        source.Write("old.txt", $"k={TestSecrets.GitHubToken()}\n");
        source.CommitAll("old");
        source.Write("old.txt", "gone\n");
        source.Write("tip.txt", $"k={TestSecrets.GitHubToken()}\n");
        source.CommitAll("tip");
        var clonePath = TempRepository.NewFolder();
        using var clone = TempRepository.Adopt(clonePath);
        TempRepository.RunGit(clonePath, new Dictionary<string, string>(), "clone", "-q", "--depth", "1", "file://" + source.Path, ".");

        var result = Scanner.ScanHistory(clonePath, new GitScanOptions());

        Assert.True(result.IsShallow);
        Assert.Equal("tip.txt", Assert.Single(result.Findings).Path);
        Assert.Equal(1, result.CommitsScanned);
    }

    [Fact]
    public void Binary_blobs_and_lfs_pointers_are_skipped_and_counted()
    {
        using var repository = TempRepository.Create();
        var token = TestSecrets.GitHubToken();
        repository.WriteBytes("image.bin", [0x89, 0x50, 0x00, 0x01, .. System.Text.Encoding.ASCII.GetBytes(token)]);
        repository.Write("model.weights", $"version https://git-lfs.github.com/spec/v1\noid sha256:{new string('a', 64)}\nsize 12345\n");
        repository.Write("text.txt", $"{token}\n");
        repository.CommitAll("mixed");

        var result = ScanAll(repository);

        Assert.Equal("text.txt", Assert.Single(result.Findings).Path);
        Assert.Equal(1, result.BinaryBlobsSkipped);
        Assert.Equal(1, result.LfsPointersSkipped);
    }

    [Fact]
    public void Blobs_over_the_size_limit_are_skipped_and_counted()
    {
        using var repository = TempRepository.Create();
        repository.Write("big.txt", new string('x', 5000) + TestSecrets.GitHubToken() + "\n");
        repository.CommitAll("big");

        var result = ScanAll(repository, new GitScanOptions { MaxBlobSize = 1000 });

        Assert.Empty(result.Findings);
        Assert.Equal(1, result.LargeBlobsSkipped);
    }

    [Fact]
    public void Submodules_are_listed_but_not_followed()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        var commit = repository.CommitAll("a");
        repository.Git("update-index", "--add", "--cacheinfo", $"160000,{commit},vendor/lib");
        repository.Commit("add submodule");

        var result = ScanAll(repository);

        Assert.Equal(["vendor/lib"], result.SubmodulePaths);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Corrupt_object_is_reported_by_id_and_the_rest_is_still_scanned()
    {
        using var repository = TempRepository.Create();
        repository.Write("good.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Write("broken.txt", "this blob will be damaged\n");
        repository.CommitAll("two files");
        var brokenId = repository.Git("rev-parse", "HEAD:broken.txt").Trim();
        var objectFile = Path.Combine(repository.Path, ".git", "objects", brokenId[..2], brokenId[2..]);
        File.SetAttributes(objectFile, FileAttributes.Normal);
        File.WriteAllBytes(objectFile, [1, 2, 3, 4, 5]);

        var result = ScanAll(repository);

        Assert.Equal("good.txt", Assert.Single(result.Findings).Path);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(brokenId, problem.ObjectId);
        Assert.Contains(brokenId, problem.Message);
        Assert.Contains("broken.txt", problem.Message);
    }

    [Fact]
    public void Missing_object_is_reported_and_the_rest_is_still_scanned()
    {
        using var repository = TempRepository.Create();
        repository.Write("good.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Write("lost.txt", "this blob will vanish\n");
        repository.CommitAll("two files");
        var lostId = repository.Git("rev-parse", "HEAD:lost.txt").Trim();
        File.Delete(Path.Combine(repository.Path, ".git", "objects", lostId[..2], lostId[2..]));

        var result = ScanAll(repository);

        Assert.Single(result.Findings);
        Assert.Contains(lostId, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Missing_commit_is_reported_and_the_commits_still_reachable_are_scanned()
    {
        using var repository = TempRepository.Create();
        repository.Write("old.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("old");
        repository.Write("middle.txt", "m\n");
        var middle = repository.CommitAll("middle");
        repository.Write("new.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("new");
        File.Delete(Path.Combine(repository.Path, ".git", "objects", middle[..2], middle[2..]));

        var result = ScanAll(repository);

        Assert.Contains(result.Findings, finding => finding.Path == "new.txt");
        Assert.NotEmpty(result.Problems);
        Assert.Contains(result.Problems, problem => problem.Message.Contains(middle, StringComparison.Ordinal));
    }

    [Fact]
    public void Allowlisted_commit_suppresses_the_secret_it_introduced()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        var allowed = repository.CommitAll("accepted fixture");
        repository.Write("b.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("new leak");
        var builtIn = RuleCatalog.BuiltIn;
        var catalog = new RuleCatalog(builtIn.Rules, [new RuleAllowlist { Commits = [allowed] }]);

        var result = new GitHistoryScanner(new SecretScanner(catalog)).ScanHistory(repository.Path, new GitScanOptions());

        Assert.Equal("b.txt", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public void Progress_reports_blob_counts()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "a\n");
        repository.CommitAll("a");
        var reports = new List<GitScanProgress>();

        ScanAll(repository, new GitScanOptions { Progress = new SynchronousProgress(reports.Add) });

        Assert.Contains(reports, report => report.BlobsScanned == 1 && report.BlobsTotal == 1);
    }

    private sealed class SynchronousProgress(Action<GitScanProgress> action) : IProgress<GitScanProgress>
    {
        public void Report(GitScanProgress value) => action(value);
    }
}

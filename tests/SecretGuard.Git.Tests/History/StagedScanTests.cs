using SecretGuard.Core.Detection;

namespace SecretGuard.Git.Tests.History;

public class StagedScanTests
{
    private static readonly GitHistoryScanner Scanner = new(SecretScanner.Default);

    [Fact]
    public void Staged_scan_sees_only_what_the_next_commit_records()
    {
        using var repository = TempRepository.Create();
        repository.Write("committed.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Write("edited.txt", "clean\n");
        repository.CommitAll("already committed");
        repository.Write("staged.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Git("add", "staged.txt");
        repository.Write("edited.txt", $"k={TestSecrets.GitHubToken()}\n"); // modified, not staged
        repository.Write("untracked.txt", $"k={TestSecrets.GitHubToken()}\n");

        var result = Scanner.ScanStaged(repository.Path, new GitScanOptions());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("staged.txt", finding.Path);
        Assert.Null(finding.GetProperty("commit"));
        Assert.Equal(1, result.BlobsScanned);
    }

    [Fact]
    public void Staged_scan_reads_the_staged_version_not_the_working_file()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", "clean\n");
        repository.CommitAll("a");
        repository.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Git("add", "a.txt");
        repository.Write("a.txt", "cleaned again but not staged\n");

        Assert.Single(Scanner.ScanStaged(repository.Path, new GitScanOptions()).Findings);
    }

    [Fact]
    public void Staged_scan_works_before_the_first_commit()
    {
        using var repository = TempRepository.Create();
        repository.Write("first.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Git("add", "first.txt");

        Assert.Equal("first.txt", Assert.Single(Scanner.ScanStaged(repository.Path, new GitScanOptions()).Findings).Path);
    }

    [Fact]
    public void Staged_scan_from_a_subfolder_finds_the_repository()
    {
        using var repository = TempRepository.Create();
        repository.Write("src/deep/a.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Git("add", "-A");

        var result = Scanner.ScanStaged(Path.Combine(repository.Path, "src", "deep"), new GitScanOptions());

        Assert.Equal("src/deep/a.txt", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public void Staged_scan_of_a_bare_repository_is_a_clear_error()
    {
        using var repository = TempRepository.Create(bare: true);

        var error = Assert.Throws<GitScanException>(() => Scanner.ScanStaged(repository.Path, new GitScanOptions()));

        Assert.Contains("bare", error.Message);
    }

    [Fact]
    public void Deleted_files_are_not_scanned()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("a");
        repository.Git("rm", "-q", "a.txt");

        Assert.Empty(Scanner.ScanStaged(repository.Path, new GitScanOptions()).Findings);
    }
}

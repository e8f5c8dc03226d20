using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Git.Tests.Packs;

/// <summary>A full-history scan of a packed repository (bulk pack reads) reports exactly what the object-by-object path reports.</summary>
public sealed class PackedHistoryScanTests
{
    private static readonly GitHistoryScanner Scanner = new(SecretScanner.Default);

    [Theory]
    [InlineData(false, 140)] // enough commits for the walk to run on two threads
    [InlineData(true, 40)]
    public void Packed_history_gives_the_same_findings_as_loose_objects(bool referenceDeltas, int versions)
    {
        using var repository = PackedRepository.CreateWithHistory(versions);
        var loose = Scanner.ScanHistory(repository.Path, new GitScanOptions { Threads = 2 });
        PackedRepository.Pack(repository, referenceDeltas);
        Assert.Empty(Directory.GetDirectories(Path.Combine(repository.Path, ".git", "objects"), "??"));

        var packed = Scanner.ScanHistory(repository.Path, new GitScanOptions { Threads = 2 });

        Assert.True(loose.Findings.Count >= 5, $"only {loose.Findings.Count} findings");
        Assert.Equal(Describe(loose), Describe(packed));
        Assert.Equal(loose.BlobsScanned, packed.BlobsScanned);
        Assert.Equal(loose.BytesScanned, packed.BytesScanned);
        Assert.Equal(loose.CommitsScanned, packed.CommitsScanned);
        Assert.Equal(1, packed.BinaryBlobsSkipped);
        Assert.Empty(packed.Problems);
    }

    [Fact]
    public void Loose_objects_on_top_of_a_pack_are_scanned_too()
    {
        using var repository = PackedRepository.CreateWithHistory(versions: 12);
        PackedRepository.Pack(repository);
        repository.Write("later/new.env", $"TOKEN={TestSecrets.GitHubToken()}\n");
        var later = repository.CommitAll("after the gc");

        var result = Scanner.ScanHistory(repository.Path, new GitScanOptions { Threads = 2 });

        var finding = Assert.Single(result.Findings, finding => finding.Path == "later/new.env");
        Assert.Equal(later, finding.GetProperty(FindingProperties.Commit));
        Assert.Contains(result.Findings, finding => finding.Path == "config/settings.ini");
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Corrupt_packed_blob_is_reported_by_id_and_the_rest_is_still_scanned()
    {
        using var repository = TempRepository.Create();
        repository.Write("good.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.Write("broken.txt", string.Join("\n", Enumerable.Range(0, 100).Select(i => $"row {i} {i * 7919 % 1000}")) + "\n");
        repository.CommitAll("two files");
        PackedRepository.Pack(repository);
        var brokenId = PackedRepository.DamageEntry(repository, "HEAD:broken.txt");

        var result = Scanner.ScanHistory(repository.Path, new GitScanOptions { Threads = 2 });

        Assert.Equal("good.txt", Assert.Single(result.Findings).Path);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(brokenId, problem.ObjectId);
        Assert.Contains("broken.txt", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packed_blob_over_the_size_limit_is_skipped_and_counted()
    {
        using var repository = TempRepository.Create();
        repository.Write("big.txt", $"k={TestSecrets.GitHubToken()}\n" + new string('x', 4000) + "\n");
        repository.Write("small.txt", $"k={TestSecrets.GitHubToken()}\n");
        repository.CommitAll("files");
        PackedRepository.Pack(repository);

        var result = Scanner.ScanHistory(repository.Path, new GitScanOptions { MaxBlobSize = 1000 });

        Assert.Equal("small.txt", Assert.Single(result.Findings).Path);
        Assert.Equal(1, result.LargeBlobsSkipped);
    }

    private static List<string> Describe(GitScanResult result) =>
        result.Findings.Select(f => $"{f.Path}|{f.Line}:{f.Column}|{f.RuleId}|{f.Fingerprint}|{f.GetProperty(FindingProperties.Commit)}|{f.GetProperty(FindingProperties.Author)}").ToList();
}

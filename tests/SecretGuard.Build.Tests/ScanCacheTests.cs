using SecretGuard.Core.Rules;

namespace SecretGuard.Build.Tests;

public sealed class ScanCacheTests
{
    private static BuildFinding Finding(string preview) =>
        new BuildFinding("/repo/a b/.env", 2, 7, 2, 47, BuildDiagnosticIds.SecretInFile, "github-pat", "GitHub personal access token",
            Severity.Warning, preview, "github-pat:0123456789abcdef0123456789abcdef");

    [Fact]
    public void SaveThenLoad_ReturnsTheSameFindings_ForAnUnchangedFile_EvenWithTabsAndBackslashesInThePreview()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "obj", "secretguard.cache");
        var stamp = new FileStamp(120, 638000000000000000);
        var cache = new ScanCache("key");
        cache.Set("/repo/a b/.env", stamp, new[] { Finding("TOKEN=\t\\ghp_****\\") });
        cache.Set("/repo/clean.yml", stamp, Array.Empty<BuildFinding>());
        cache.Save(file);

        var loaded = ScanCache.Load(file, "key");

        Assert.True(loaded.TryGet("/repo/a b/.env", stamp, out var findings));
        var finding = Assert.Single(findings);
        Assert.Equal("TOKEN=\t\\ghp_****\\", finding.Preview);
        Assert.Equal((2, 7, 2, 47, Severity.Warning), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Severity));
        Assert.True(loaded.TryGet("/repo/clean.yml", stamp, out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void TryGet_Misses_WhenTheFileChanged()
    {
        var cache = new ScanCache("key");
        cache.Set("/repo/.env", new FileStamp(10, 1), Array.Empty<BuildFinding>());

        Assert.False(cache.TryGet("/repo/.env", new FileStamp(10, 2), out _));
        Assert.False(cache.TryGet("/repo/.env", new FileStamp(11, 1), out _));
    }

    [Fact]
    public void Load_ReturnsAnEmptyCache_WhenTheSettingsChanged()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "secretguard.cache");
        var cache = new ScanCache("config-v1");
        cache.Set("/repo/.env", new FileStamp(1, 1), Array.Empty<BuildFinding>());
        cache.Save(file);

        Assert.Equal(0, ScanCache.Load(file, "config-v2").Count);
    }

    [Fact]
    public void Load_ReturnsAnEmptyCache_WhenTheFileIsDamagedOrMissing()
    {
        using var dir = new TempDirectory();
        var damaged = dir.Write("secretguard.cache", "secretguard-scan-cache v1\nsettings\tkey\nfile\tonly-one-field\n");

        Assert.Equal(0, ScanCache.Load(damaged, "key").Count);
        Assert.Equal(0, ScanCache.Load(Path.Combine(dir.Path, "missing"), "key").Count);
    }

    [Fact]
    public void FindingsFile_IsDeleted_WhenThereAreNoFindings()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "secretguard.findings");
        FindingsFileFormat.Write(file, new[] { Finding("x") });
        Assert.Single(FindingsFileFormat.Read(file));

        FindingsFileFormat.Write(file, Array.Empty<BuildFinding>());

        Assert.False(File.Exists(file));
        Assert.Empty(FindingsFileFormat.Read(file));
    }
}

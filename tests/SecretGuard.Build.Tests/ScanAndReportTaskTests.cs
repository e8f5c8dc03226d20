using Microsoft.Build.Utilities;
using SecretGuard.Core.Baselines;
using SecretGuard.Core.Findings;

namespace SecretGuard.Build.Tests;

public sealed class ScanAndReportTaskTests
{
    private static (ScanNonCodeFiles Task, RecordingBuildEngine Engine) Scan(TempDirectory dir, string[] files, string? baseline = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new ScanNonCodeFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(Path.Combine(dir.Path, f))).ToArray(),
            ProjectDirectory = dir.Path,
            RepositoryRoot = dir.Path,
            BaselineFile = baseline,
            CacheFile = Path.Combine(dir.Path, "obj", "secretguard.cache"),
            FindingsFile = Path.Combine(dir.Path, "obj", "secretguard.findings"),
        };
        Assert.True(task.Execute());
        return (task, engine);
    }

    private static RecordingBuildEngine Report(TempDirectory dir, string severity)
    {
        var engine = new RecordingBuildEngine();
        var task = new ReportSecretGuardFindings
        {
            BuildEngine = engine,
            FindingsFile = Path.Combine(dir.Path, "obj", "secretguard.findings"),
            Severity = severity,
        };
        task.Execute();
        return engine;
    }

    [Fact]
    public void Report_LogsAnErrorWithFileLineColumnAndCode_ForAFindingTheScanWrote()
    {
        using var dir = new TempDirectory();
        var token = TestSecrets.GitHubToken();
        var file = dir.Write("appsettings.json", "{\n  \"Token\": \"" + token + "\"\n}\n");

        var (scan, _) = Scan(dir, new[] { "appsettings.json" });
        var engine = Report(dir, "error");

        Assert.Equal(1, scan.FindingCount);
        var error = Assert.Single(engine.Errors);
        Assert.Equal((file, 2, 13, "SG1001"), (error.File, error.LineNumber, error.ColumnNumber, error.Code));
        Assert.Null(error.Subcategory);
        Assert.DoesNotContain(token, error.Message);
        Assert.DoesNotContain(token, File.ReadAllText(Path.Combine(dir.Path, "obj", "secretguard.cache")));
    }

    [Fact]
    public void Report_LogsWarningsOnly_WhenSeverityIsWarning()
    {
        using var dir = new TempDirectory();
        dir.Write(".env", "TOKEN=" + TestSecrets.GitHubToken());
        Scan(dir, new[] { ".env" });

        var engine = Report(dir, "warning");

        Assert.Empty(engine.Errors);
        Assert.Equal("SG1001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Report_FailsWithAClearError_ForAnUnknownSeverity()
    {
        using var dir = new TempDirectory();

        var engine = Report(dir, "fatal");

        Assert.Contains("SecretGuardSeverity", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void Scan_ReusesCachedResultsForUnchangedFiles_AndRescansAChangedOne()
    {
        using var dir = new TempDirectory();
        dir.Write("a.json", "{ \"Token\": \"" + TestSecrets.GitHubToken() + "\" }");
        var b = dir.Write("b.yml", "x: 1");
        Scan(dir, new[] { "a.json", "b.yml" });

        File.WriteAllText(b, "x: 2, token: " + TestSecrets.GitHubToken());
        File.SetLastWriteTimeUtc(b, DateTime.UtcNow.AddMinutes(1));
        var (second, _) = Scan(dir, new[] { "a.json", "b.yml" });

        Assert.Equal((1, 1, 2), (second.ScannedFileCount, second.CachedFileCount, second.FindingCount));
    }

    [Fact]
    public void Scan_DropsFindingsWhoseFingerprintIsInTheBaseline()
    {
        using var dir = new TempDirectory();
        var token = TestSecrets.GitHubToken();
        dir.Write("config/.env", "TOKEN=" + token);
        var fingerprint = FindingFingerprint.Compute("github-pat", "config/.env", token);
        var baseline = dir.Write(".secretguard-baseline.json",
            BaselineJsonWriter.Write(new Baseline(new[] { new BaselineEntry(fingerprint, "github-pat", "config/.env", 1) })));

        var (scan, _) = Scan(dir, new[] { "config/.env" }, baseline);

        Assert.Equal(0, scan.FindingCount);
        Assert.False(File.Exists(Path.Combine(dir.Path, "obj", "secretguard.findings")));
    }

    [Fact]
    public void Scan_FailsWithSG1003NamingTheFile_WhenTheBaselineIsMalformed()
    {
        using var dir = new TempDirectory();
        var baseline = dir.Write(".secretguard-baseline.json", "{ \"version\": 1, \"findings\": [ { \"fingerprint\": 42 } ] }");
        var engine = new RecordingBuildEngine();
        var task = new ScanNonCodeFiles
        {
            BuildEngine = engine,
            Files = Array.Empty<Microsoft.Build.Framework.ITaskItem>(),
            ProjectDirectory = dir.Path,
            BaselineFile = baseline,
            CacheFile = Path.Combine(dir.Path, "obj", "c"),
            FindingsFile = Path.Combine(dir.Path, "obj", "f"),
        };

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("SG1003", baseline), (error.Code, error.File));
    }
}

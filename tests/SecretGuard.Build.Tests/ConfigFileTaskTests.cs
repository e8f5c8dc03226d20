using Microsoft.Build.Utilities;

namespace SecretGuard.Build.Tests;

public sealed class ConfigFileTaskTests
{
    private static (bool Result, ScanNonCodeFiles Task, RecordingBuildEngine Engine) Scan(TempDirectory dir, string config, params string[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = new ScanNonCodeFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(Path.Combine(dir.Path, f))).ToArray(),
            ProjectDirectory = dir.Path,
            RepositoryRoot = dir.Path,
            ConfigFile = config,
            CacheFile = Path.Combine(dir.Path, "obj", "secretguard.cache"),
            FindingsFile = Path.Combine(dir.Path, "obj", "secretguard.findings"),
        };
        return (task.Execute(), task, engine);
    }

    [Fact]
    public void ACustomRuleFromTheConfigFile_IsApplied_OnTopOfTheBuiltInCatalog()
    {
        using var dir = new TempDirectory();
        var config = dir.Write(".secretguard.toml", """
            [extend]
            useDefault = true

            [[rules]]
            id = "acme-internal-key"
            description = "ACME internal API key"
            regex = '''acme_[a-z0-9]{24}'''
            keywords = ["acme_"]
            """);
        dir.Write("settings.ini", "[api]\nkey = acme_" + new string('q', 4) + "7k2m9x4b1n8v3c6z5l0p2w\n");
        dir.Write(".env", "TOKEN=" + TestSecrets.GitHubToken());

        var (result, task, _) = Scan(dir, config, "settings.ini", ".env");

        Assert.True(result);
        Assert.Equal(2, task.FindingCount);
        var rules = FindingsFileFormat.Read(Path.Combine(dir.Path, "obj", "secretguard.findings")).Select(f => f.RuleId).OrderBy(r => r);
        Assert.Equal(new[] { "acme-internal-key", "github-pat" }, rules);
    }

    [Fact]
    public void AGlobalPathAllowlistInTheConfig_SkipsTheFile()
    {
        using var dir = new TempDirectory();
        var config = dir.Write(".secretguard.toml", """
            [allowlist]
            paths = ['''fixtures/''']
            """);
        dir.Write("fixtures/recorded.json", "{ \"token\": \"" + TestSecrets.GitHubToken() + "\" }");

        var (result, task, _) = Scan(dir, config, "fixtures/recorded.json");

        Assert.True(result);
        Assert.Equal(0, task.FindingCount);
    }

    [Fact]
    public void AnInvalidConfigFile_FailsWithSG1003AtTheFileAndLine()
    {
        using var dir = new TempDirectory();
        var config = dir.Write(".secretguard.toml", "[[rules]]\nid = \"broken\"\nregex = '''(unclosed'''\n");

        var (result, _, engine) = Scan(dir, config);

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("SG1003", config), (error.Code, error.File));
        Assert.True(error.LineNumber > 0, error.Message);
    }
}

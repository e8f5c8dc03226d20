using System.Text.Json;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Tests.Support;

namespace SecretGuard.Cli.Tests;

public sealed class ConfigPickupTests : IDisposable
{
    private const string AcmeRule = """
        [[rules]]
        id = "acme-api-key"
        description = "ACME API key"
        regex = '''\b(acme_[a-z0-9]{32})\b'''
        keywords = ["acme_"]
        """;

    private readonly TempTree tree = new();
    private readonly string acmeKey = "acme_" + TestSecrets.Random(32).ToLowerInvariant();

    public ConfigPickupTests()
    {
        tree.Write("src/settings.yml", "acme: " + acmeKey + "\ngithub: " + TestSecrets.GitHubToken() + "\n");
    }

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Without_a_config_only_built_in_rules_run()
    {
        Assert.Equal(["github-pat"], RuleIds(Tool.Run("scan", tree.Root, "--format", "json")));
    }

    [Fact]
    public void Secretguard_toml_in_the_scanned_root_extends_the_built_in_rules()
    {
        tree.Write(".secretguard.toml", "[extend]\nuseDefault = true\n\n" + AcmeRule);

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal(["acme-api-key", "github-pat"], RuleIds(result));
        Assert.DoesNotContain(acmeKey, result.All);
    }

    [Fact]
    public void Gitleaks_toml_loads_unchanged_and_its_rules_replace_the_defaults()
    {
        tree.Write(".gitleaks.toml", "title = \"gitleaks config\"\n\n" + AcmeRule + "\n\n[allowlist]\ndescription = \"vendored\"\npaths = ['''vendor/''']\n");
        tree.Write("vendor/lib.yml", "acme: " + "acme_" + TestSecrets.Random(32).ToLowerInvariant() + "\n");

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(["acme-api-key"], RuleIds(result));
        Assert.Equal("src/settings.yml", Findings(result).Single().GetProperty("path").GetString());
    }

    [Fact]
    public void Secretguard_toml_wins_over_gitleaks_toml()
    {
        tree.Write(".secretguard.toml", "[extend]\nuseDefault = true\n\n" + AcmeRule);
        tree.Write(".gitleaks.toml", "[extend]\nuseDefault = true\ndisabledRules = [\"github-pat\"]\n");

        Assert.Equal(["acme-api-key", "github-pat"], RuleIds(Tool.Run("scan", tree.Root, "--format", "json")));
    }

    [Fact]
    public void Config_option_points_at_a_file_anywhere()
    {
        using var elsewhere = new TempTree();
        var config = elsewhere.Write("rules.toml", "[extend]\nuseDefault = true\ndisabledRules = [\"github-pat\"]\n\n" + AcmeRule);

        Assert.Equal(["acme-api-key"], RuleIds(Tool.Run("scan", tree.Root, "--format", "json", "--config", config)));
    }

    [Fact]
    public void Extend_path_loads_the_named_file_first()
    {
        tree.Write("config/base.toml", "[extend]\nuseDefault = true\n\n" + AcmeRule);
        tree.Write(".secretguard.toml", "[extend]\npath = \"config/base.toml\"\ndisabledRules = [\"github-pat\"]\n");

        Assert.Equal(["acme-api-key"], RuleIds(Tool.Run("scan", tree.Root, "--format", "json")));
    }

    [Fact]
    public void Global_path_allowlist_skips_the_file_before_reading_and_counts_it()
    {
        tree.Write(".secretguard.toml", "[extend]\nuseDefault = true\n\n[[allowlists]]\ndescription = \"fixtures\"\npaths = ['''^src/''']\n");

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("skipped").GetProperty("allowlisted").GetInt64());
    }

    [Fact]
    public void Binary_file_still_meets_path_only_rules()
    {
        tree.Write(".secretguard.toml", """
            [extend]
            useDefault = true

            [[rules]]
            id = "pkcs12-file"
            description = "PKCS#12 keystore file"
            path = '''\.p12$'''
            """);
        tree.WriteBytes("certs/client.p12", [0x30, 0x82, 0x00, 0x00, 0x02, 0x01, 0x03]);

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        var finding = Findings(result).Single(f => f.GetProperty("ruleId").GetString() == "pkcs12-file");
        Assert.Equal("certs/client.p12", finding.GetProperty("path").GetString());
        Assert.Equal(1, JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("skipped").GetProperty("binary").GetInt64());
    }

    [Fact]
    public void Broken_config_exits_2_naming_file_and_line_without_a_stack_trace()
    {
        tree.Write(".secretguard.toml", "[extend]\nuseDefault = true\n\n[[rules]]\nid = \"broken\"\nregex = '''(unclosed'''\n");

        var result = Tool.Run("scan", tree.Root);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains(".secretguard.toml", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Missing_config_file_exits_2()
    {
        var result = Tool.Run("scan", tree.Root, "--config", tree.PathOf("nope.toml"));

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("nope.toml", result.Error);
    }

    private static List<JsonElement> Findings(CliResult result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static string[] RuleIds(CliResult result) =>
        Findings(result).Select(f => f.GetProperty("ruleId").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray();
}

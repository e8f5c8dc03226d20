using System.Text.Json;
using System.Xml.Linq;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Tests.Support;

namespace SecretGuard.Cli.Tests;

public sealed class ReportFormatTests : IDisposable
{
    private readonly TempTree tree = new();
    private readonly string token = TestSecrets.GitHubToken();

    public ReportFormatTests()
    {
        tree.Write("src/app settings.json", "{\n  \"github\": \"" + token + "\"\n}\n");
        tree.Write("deploy/.env", "A=1\nGH=" + TestSecrets.GitHubToken() + "\n");
        tree.Write("README.md", "nothing to see\n");
    }

    public void Dispose() => tree.Dispose();

    [Theory]
    [InlineData("pretty")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("csv")]
    [InlineData("junit")]
    public void No_format_prints_the_secret_without_no_redact(string format)
    {
        var result = Tool.Run("scan", tree.Root, "--format", format);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.DoesNotContain(token, result.All);
        Assert.DoesNotContain(token[4..], result.All);
    }

    [Theory]
    [InlineData("pretty")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("csv")]
    [InlineData("junit")]
    public void Every_format_includes_the_secret_with_no_redact(string format)
    {
        var result = Tool.Run("scan", tree.Root, "--format", format, "--no-redact");

        Assert.Contains(token, result.Out);
    }

    [Fact]
    public void Json_report_has_the_documented_schema()
    {
        var result = Tool.Run("scan", tree.Root, "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("secretguard", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(3, root.GetProperty("summary").GetProperty("filesScanned").GetInt64());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("findings").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["deploy/.env", "src/app settings.json"], findings.Select(f => f.GetProperty("path").GetString()!).ToArray());
        var first = findings[1];
        Assert.Equal("github-pat", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("high", first.GetProperty("confidence").GetString());
        Assert.Equal("valid", first.GetProperty("validation").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
        Assert.Equal(14, first.GetProperty("column").GetInt32());
        Assert.Equal(2, first.GetProperty("endLine").GetInt32());
        Assert.Equal(14 + token.Length, first.GetProperty("endColumn").GetInt32());
        Assert.StartsWith("github-pat:", first.GetProperty("fingerprint").GetString());
        Assert.Contains("ghp_", first.GetProperty("preview").GetString());
        Assert.False(first.TryGetProperty("secret", out _));
    }

    [Fact]
    public void Sarif_report_is_2_1_0_with_rules_results_regions_and_fingerprints()
    {
        var result = Tool.Run("scan", tree.Root, "--format", "sarif");

        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray().ToList());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("SecretGuard", driver.GetProperty("name").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("semanticVersion").GetString());
        var rule = Assert.Single(driver.GetProperty("rules").EnumerateArray().ToList());
        Assert.Equal("github-pat", rule.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Contains("security", rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var second = results[1];
        Assert.Equal("github-pat", second.GetProperty("ruleId").GetString());
        Assert.Equal(0, second.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", second.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(second.GetProperty("message").GetProperty("text").GetString()));
        var location = Assert.Single(second.GetProperty("locations").EnumerateArray().ToList()).GetProperty("physicalLocation");
        Assert.Equal("src/app%20settings.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(14, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, region.GetProperty("endLine").GetInt32());
        Assert.Equal(14 + token.Length, region.GetProperty("endColumn").GetInt32());
        Assert.StartsWith("github-pat:", second.GetProperty("partialFingerprints").GetProperty("secretguard/v1").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_report_of_a_clean_scan_is_valid_with_no_results()
    {
        using var clean = new TempTree();
        clean.Write("a.txt", "hello");

        var result = Tool.Run("scan", clean.Root, "--format", "sarif");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Csv_report_has_a_header_and_one_quoted_row_per_finding()
    {
        var result = Tool.Run("scan", tree.Root, "--format", "csv");

        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("rule_id,description,severity,confidence,validation,path,line,column", lines[0]);
        Assert.DoesNotContain("secret", lines[0]);
        Assert.StartsWith("github-pat,", lines[1]);
        Assert.Contains(",error,high,valid,deploy/.env,2,4,", lines[1]);
        Assert.Contains("src/app settings.json,2,14,", lines[2]);
    }

    [Fact]
    public void Junit_report_has_one_failing_testcase_per_finding()
    {
        var result = Tool.Run("scan", tree.Root, "--format", "junit");

        var document = XDocument.Parse(result.Out);
        Assert.Equal("2", document.Root!.Attribute("failures")!.Value);
        var cases = document.Descendants("testcase").ToList();
        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.NotNull(c.Element("failure")));
        Assert.Equal("deploy/.env", cases[0].Attribute("classname")!.Value);
    }

    [Fact]
    public void Junit_report_of_a_clean_scan_has_one_passing_testcase()
    {
        using var clean = new TempTree();
        clean.Write("a.txt", "hello");

        var result = Tool.Run("scan", clean.Root, "--format", "junit");

        var document = XDocument.Parse(result.Out);
        Assert.Equal("0", document.Root!.Attribute("failures")!.Value);
        Assert.Null(Assert.Single(document.Descendants("testcase")).Element("failure"));
    }

    [Fact]
    public void Pretty_report_is_plain_text_when_redirected()
    {
        var result = Tool.Run("scan", tree.Root);

        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
        Assert.Contains("deploy/.env\n", result.Out.Replace("\r\n", "\n"));
        Assert.Contains("2 findings in 2 files", result.Out);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("csv")]
    [InlineData("pretty")]
    public void Output_file_gets_the_same_report_as_stdout(string format)
    {
        using var reports = new TempTree();
        var file = reports.PathOf("report." + format);

        var toFile = Tool.Run("scan", tree.Root, "--format", format, "--output", file);
        var toStdout = Tool.Run("scan", tree.Root, "--format", format);

        Assert.Equal(ExitCodes.Findings, toFile.ExitCode);
        Assert.Equal(Normalize(toStdout.Out), Normalize(File.ReadAllText(file)));
    }

    // Durations differ between two runs.
    private static string Normalize(string report) => System.Text.RegularExpressions.Regex.Replace(
        report, @"(durationMs"": \d+|time=""[\d.]+""|in \d+\.\d+ s)", "T");
}

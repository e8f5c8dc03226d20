using System.Text.Json;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Tests.Support;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Tests;

public sealed class RulesCommandTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Rules_list_json_lists_every_built_in_rule()
    {
        var result = Tool.Run("rules", "list", "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var ids = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalog.BuiltIn.Rules.Select(r => r.Id), ids);
    }

    [Fact]
    public void Rules_list_table_has_a_row_per_rule_and_a_count()
    {
        var result = Tool.Run("rules", "list");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("github-pat", result.Out);
        Assert.Contains($"{RuleCatalog.BuiltIn.Rules.Count} rules", result.Out);
    }

    [Fact]
    public void Rules_test_names_the_matching_rule_and_location_without_the_secret()
    {
        var token = TestSecrets.GitHubToken();
        var file = tree.Write("sample.txt", "first line\nkey: " + token + "\n");

        var result = Tool.Run("rules", "test", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains(":2:6  github-pat", result.Out);
        Assert.DoesNotContain(token, result.Out);
        Assert.Contains("1 match in 1 file", result.Out);
    }

    [Fact]
    public void Rules_test_with_no_redact_shows_the_captured_secret()
    {
        var token = TestSecrets.GitHubToken();
        var file = tree.Write("sample.txt", "key: " + token);

        var result = Tool.Run("rules", "test", file, "--no-redact");

        Assert.Contains("secret: " + token, result.Out);
    }

    [Fact]
    public void Rules_test_says_when_nothing_matched_and_exits_0()
    {
        var file = tree.Write("plain.txt", "nothing");

        var result = Tool.Run("rules", "test", file);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("no rule matched", result.Out);
    }

    [Fact]
    public void Rules_test_with_an_unknown_rule_id_exits_2()
    {
        var file = tree.Write("plain.txt", "nothing");

        var result = Tool.Run("rules", "test", file, "--rule", "no-such-rule");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("no rule 'no-such-rule'", result.Error);
    }

    [Fact]
    public void Rules_test_with_a_missing_file_exits_2()
    {
        var result = Tool.Run("rules", "test", tree.PathOf("missing.txt"));

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("file not found", result.Error);
    }
}

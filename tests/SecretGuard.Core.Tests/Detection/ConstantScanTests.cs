using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;
using SecretGuard.Testing;

namespace SecretGuard.Core.Tests.Detection;

/// <summary>
/// <see cref="SecretScanner.ScanConstant"/>, the analyzer's entry point: the specific rules' findings of
/// <see cref="SecretScanner.Scan(string, string)"/>, without generic and path-only ones, and nothing at all when a
/// global path allowlist covers the file. Messages name rules and seeds, never the expanded (secret-looking) text.
/// </summary>
public class ConstantScanTests
{
    private static readonly int[] Seeds = { 3, 11 };

    public static TheoryData<string> SpecificRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            if (rule.Regex.Length > 0 && !rule.IsGeneric)
            {
                data.Add(rule.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecificRuleIds))]
    public void Constant_scan_reports_what_a_file_scan_reports_of_the_specific_rules(string ruleId)
    {
        var rule = RuleCatalog.BuiltIn.Find(ruleId)!;
        foreach (var template in rule.Examples.MustMatch.Concat(rule.Examples.MustNotMatch))
        {
            foreach (var seed in Seeds)
            {
                var text = ExampleTemplate.Expand(template, new Random(seed));
                var expected = SecretScanner.Default.Scan(text, "src/Settings.cs").Where(f => !f.Tags.Contains("generic")).Select(Describe).ToList();

                var actual = SecretScanner.Default.ScanConstant(text, "src/Settings.cs").Select(Describe).ToList();

                Assert.True(expected.SequenceEqual(actual), $"{ruleId}, seed {seed}: constant scan [{string.Join(", ", actual)}] vs file scan [{string.Join(", ", expected)}]");
                Assert.True(actual.Count == 0 || SecretScanner.Default.MayMatchConstant(text), $"{ruleId}, seed {seed}: a finding behind a closed gate");
            }
        }
    }

    [Fact]
    public void Generic_rules_do_not_run_on_constants()
    {
        var scanner = TestRules.Scanner(TestRules.Token(), TestRules.GenericPassword());
        const string Text = "password = Xk29fjwqpZ8v";

        Assert.Contains(scanner.Scan(Text, "a.cs"), f => f.RuleId == "test-generic-password");
        Assert.Empty(scanner.ScanConstant(Text, "a.cs"));
        Assert.False(scanner.MayMatchConstant(Text));
    }

    [Fact]
    public void Specific_findings_come_with_positions_in_the_constant()
    {
        var scanner = TestRules.Scanner(TestRules.Token(), TestRules.GenericPassword());
        var token = "tkn_" + GeneratedSecrets.Random(24);

        var finding = Assert.Single(scanner.ScanConstant("password=" + token, "a.cs"));

        Assert.Equal("test-token", finding.RuleId);
        Assert.Equal(9, finding.StartIndex);
        Assert.Equal(token.Length, finding.Length);
        Assert.Equal(token, finding.Secret);
    }

    [Fact]
    public void A_constant_is_not_a_file_so_path_only_rules_do_not_report_it()
    {
        var keystore = new Rule { Id = "keystore-file", Path = @"\.p12$", IsBuiltIn = true };
        var scanner = TestRules.Scanner(TestRules.Token(), keystore);
        var token = "tkn_" + GeneratedSecrets.Random(24);

        Assert.Contains(scanner.Scan(token, "certs/store.p12"), f => f.RuleId == "keystore-file");
        Assert.Equal(new[] { "test-token" }, scanner.ScanConstant(token, "certs/store.p12").Select(f => f.RuleId));
    }

    [Fact]
    public void Global_path_allowlists_and_rule_paths_apply_per_file()
    {
        var scanner = new SecretScanner(new RuleCatalog(
            new[] { TestRules.Token(), new Rule { Id = "config-token", Regex = @"\b(cfg_[A-Za-z0-9]{24})\b", Keywords = new[] { "cfg_" }, Path = @"(^|/)config/", IsBuiltIn = true } },
            new[] { new RuleAllowlist { Paths = new[] { "(^|/)vendor/" } } }));
        var token = "tkn_" + GeneratedSecrets.Random(24);
        var configToken = "cfg_" + GeneratedSecrets.Random(24);

        // Alternate between files on one thread: the per-thread path facts must follow the path.
        for (var round = 0; round < 3; round++)
        {
            Assert.Single(scanner.ScanConstant(token, "src/a.cs"));
            Assert.Empty(scanner.ScanConstant(token, "vendor/lib/a.cs"));
            Assert.Empty(scanner.ScanConstant(configToken, "src/a.cs"));
            Assert.Single(scanner.ScanConstant(configToken, "config/a.cs"));
        }
    }

    [Theory]
    [InlineData("Service number 42 handles requests")]
    [InlineData("Enter the name of the service")]
    [InlineData("C:\\data\\service\\out.txt")]
    public void Ordinary_literals_are_stopped_by_the_gate(string value)
    {
        Assert.False(SecretScanner.Default.MayMatchConstant(value));
        Assert.Empty(SecretScanner.Default.ScanConstant(value, "a.cs"));
    }

    [Theory]
    [InlineData("token: ghp_abc")]
    [InlineData("GHP_ABC")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    public void Literals_with_a_keyword_of_a_specific_rule_pass_the_gate(string value)
    {
        Assert.True(SecretScanner.Default.MayMatchConstant(value));
    }

    private static string Describe(Finding finding) => $"{finding.RuleId}@{finding.StartIndex}+{finding.Length}:{finding.Fingerprint}";
}

using System.Text.RegularExpressions;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>
/// Walks every built-in rule and checks its own examples: each match template, expanded with several seeded
/// random generators, must produce a finding of that rule; each nomatch template must not. Messages name the
/// rule, example index and seed only, never the expanded text (it looks like a real secret).
/// </summary>
public sealed class CatalogExampleTests
{
    private static readonly int[] Seeds = { 1, 7, 42, 1337 };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_match_and_nomatch_examples(string ruleId)
    {
        var rule = Find(ruleId);
        Assert.True(rule.Examples.MustMatch.Count > 0, $"{ruleId}: no 'match' example");
        Assert.True(rule.Examples.MustNotMatch.Count > 0, $"{ruleId}: no 'nomatch' example");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_reports_every_match_example(string ruleId)
    {
        var rule = Find(ruleId);
        for (var index = 0; index < rule.Examples.MustMatch.Count; index++)
        {
            foreach (var seed in Seeds)
            {
                var text = ExampleTemplate.Expand(rule.Examples.MustMatch[index], new Random(seed));
                var found = ScanExample(rule, text);
                Assert.True(
                    found.Contains(ruleId),
                    $"{ruleId}: match[{index}] with seed {seed} produced no finding of the rule (rules reported: [{string.Join(", ", found)}])");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ignores_every_nomatch_example(string ruleId)
    {
        var rule = Find(ruleId);
        for (var index = 0; index < rule.Examples.MustNotMatch.Count; index++)
        {
            foreach (var seed in Seeds)
            {
                var text = ExampleTemplate.Expand(rule.Examples.MustNotMatch[index], new Random(seed));
                Assert.False(
                    ScanExample(rule, text).Contains(ruleId),
                    $"{ruleId}: nomatch[{index}] with seed {seed} produced a finding of the rule");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Committed_match_examples_are_clean_before_expansion(string ruleId)
    {
        var rule = Find(ruleId);
        if (rule.Regex.Length == 0)
        {
            return; // Path-only rules: the example is a file name, not secret text.
        }

        for (var index = 0; index < rule.Examples.MustMatch.Count; index++)
        {
            var findings = SecretScanner.Default.Scan(rule.Examples.MustMatch[index], "example.txt");
            Assert.DoesNotContain(findings, finding => finding.RuleId == ruleId);
            Assert.True(
                Regex.IsMatch(rule.Examples.MustMatch[index], @"\{\{[a-zA-Z0-9]+(?::[^{}]*)?\}\}"),
                $"{ruleId}: match[{index}] has no template placeholder, so a real-looking secret would be committed");
        }
    }

    /// <summary>Path-only rules take the example as a logical path; all other rules scan it as file content.</summary>
    internal static HashSet<string> ScanExample(Rule rule, string text)
    {
        var findings = rule.Regex.Length == 0
            ? SecretScanner.Default.ScanPath(text)
            : SecretScanner.Default.Scan(text, "example.txt");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            ids.Add(finding.RuleId);
        }

        return ids;
    }

    private static Rule Find(string ruleId) => RuleCatalog.BuiltIn.Find(ruleId) ?? throw new InvalidOperationException($"rule {ruleId} not in the catalog");
}

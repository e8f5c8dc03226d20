using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Config;

/// <summary>Walks the built-in catalog: every rule's own examples, expanded with fresh random characters, behave as declared.</summary>
public class BuiltInRuleExamplesTests
{
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
    public void RuleHasAtLeastOneMatchExample(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;

        Assert.NotEmpty(rule.Examples.MustMatch);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleFindsEachOfItsMatchExamples(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        if (rule.Regex.Length == 0)
        {
            return; // Path-only rules: examples are file paths, checked through ScanPath by Catalog/CatalogExampleTests.
        }

        foreach (var template in rule.Examples.MustMatch)
        {
            var text = ExampleTemplate.Expand(template, Random.Shared);

            var findings = SecretScanner.Default.Scan(text, "examples/" + id + ".txt");

            Assert.True(findings.Any(f => f.RuleId == id), $"rule '{id}' did not match its example template '{template}'");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleIgnoresEachOfItsNoMatchExamples(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        if (rule.Regex.Length == 0)
        {
            return; // Path-only rules: examples are file paths, checked through ScanPath by Catalog/CatalogExampleTests.
        }

        foreach (var template in rule.Examples.MustNotMatch)
        {
            var text = ExampleTemplate.Expand(template, Random.Shared);

            var findings = SecretScanner.Default.Scan(text, "examples/" + id + ".txt");

            Assert.False(findings.Any(f => f.RuleId == id), $"rule '{id}' matched its no-match example template '{template}'");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleNamesAKnownValidator(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;

        if (rule.Validator != null)
        {
            Assert.NotNull(SecretValidators.Find(rule.Validator));
        }
    }
}

using System.Text.RegularExpressions;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>Properties the whole built-in catalog must keep as rules are added.</summary>
public sealed class CatalogHygieneTests
{
    private static readonly Regex KebabCase = new("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    private static IReadOnlyList<Rule> Rules => RuleCatalog.BuiltIn.Rules;

    [Fact]
    public void Catalog_has_at_least_150_rules()
    {
        Assert.True(Rules.Count >= 150, $"built-in catalog has {Rules.Count} rules");
    }

    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            Assert.True(seen.Add(rule.Id), $"duplicate rule id {rule.Id}");
            Assert.Matches(KebabCase, rule.Id);
        }
    }

    [Fact]
    public void Every_rule_has_a_description()
    {
        Assert.All(Rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Description), $"{rule.Id}: empty description"));
    }

    [Fact]
    public void Every_content_rule_has_keywords_and_every_path_rule_a_path()
    {
        foreach (var rule in Rules)
        {
            if (rule.Regex.Length == 0)
            {
                Assert.False(string.IsNullOrEmpty(rule.Path), $"{rule.Id}: neither regex nor path");
            }
            else
            {
                Assert.True(rule.Keywords.Count > 0, $"{rule.Id}: no keywords, so its regex would run on every line");
                Assert.All(rule.Keywords, keyword => Assert.False(string.IsNullOrWhiteSpace(keyword), $"{rule.Id}: blank keyword"));
            }
        }
    }

    [Fact]
    public void Every_regex_compiles()
    {
        foreach (var rule in Rules)
        {
            var patterns = new List<string>();
            if (rule.Regex.Length > 0)
            {
                patterns.Add(rule.Regex);
            }

            if (rule.Path != null)
            {
                patterns.Add(rule.Path);
            }

            foreach (var allowlist in rule.Allowlists)
            {
                patterns.AddRange(allowlist.Regexes);
                patterns.AddRange(allowlist.Paths);
            }

            foreach (var pattern in patterns)
            {
                var exception = Record.Exception(() => new Regex(pattern, RegexOptions.CultureInvariant));
                Assert.True(exception is null, $"{rule.Id}: pattern does not compile: {exception?.Message}");
            }
        }
    }

    [Fact]
    public void Secret_group_exists_in_the_pattern()
    {
        foreach (var rule in Rules)
        {
            if (rule.Regex.Length == 0)
            {
                continue;
            }

            var groups = new Regex(rule.Regex).GetGroupNumbers();
            Assert.True(Array.IndexOf(groups, rule.SecretGroup) >= 0, $"{rule.Id}: secretGroup {rule.SecretGroup} is not a group of the pattern");
        }
    }

    [Fact]
    public void Named_validators_exist()
    {
        foreach (var rule in Rules)
        {
            if (rule.Validator != null)
            {
                Assert.True(SecretValidators.Find(rule.Validator) != null, $"{rule.Id}: unknown validator '{rule.Validator}'");
            }
        }
    }

    [Fact]
    public void Generic_rules_are_not_errors()
    {
        foreach (var rule in Rules)
        {
            if (rule.IsGeneric)
            {
                Assert.True(rule.Severity != Severity.Error, $"{rule.Id}: a name-based rule should not fail builds by default");
                Assert.True(rule.Confidence != Confidence.High, $"{rule.Id}: a name-based rule cannot be high confidence");
            }
        }
    }

    [Fact]
    public void Multi_line_rules_declare_a_window()
    {
        foreach (var rule in Rules)
        {
            if (rule.Regex.Contains("-----END", StringComparison.Ordinal))
            {
                Assert.True(rule.WindowLines > 0, $"{rule.Id}: matches a block but windowLines is 0");
            }
        }
    }

    [Fact]
    public void Rule_files_scan_clean_with_the_built_in_catalog()
    {
        // The catalog's own regexes and examples must not look like secrets, or the repository would not scan clean.
        var rulesFolder = FindRulesFolder();
        foreach (var file in Directory.EnumerateFiles(rulesFolder, "*.toml"))
        {
            var findings = SecretScanner.Default.Scan(File.ReadAllText(file), "rules/" + Path.GetFileName(file));
            Assert.True(
                findings.Count == 0,
                $"{Path.GetFileName(file)} has findings: {string.Join(", ", findings.Select(f => $"line {f.Line} {f.RuleId}"))}");
        }
    }

    private static string FindRulesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "rules");
            if (File.Exists(Path.Combine(candidate, "global-allowlist.toml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"rules/ not found above {AppContext.BaseDirectory}");
    }
}

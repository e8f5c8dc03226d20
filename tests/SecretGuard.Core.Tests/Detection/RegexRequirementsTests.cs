using System.Text.RegularExpressions;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Tests.Catalog;

namespace SecretGuard.Core.Tests.Detection;

/// <summary>
/// <see cref="RegexRequirementParser"/>: the minimum length and required characters it derives must be necessary
/// conditions of every match (checked on every match of every built-in rule over its own examples and over the
/// labelled corpora), and must be strong enough to keep the common no-match constants away from the regexes.
/// Messages name rules, seeds and files, never matched text.
/// </summary>
public sealed class RegexRequirementsTests
{
    private static readonly int[] Seeds = { 1, 7, 42, 1337 };
    private static readonly string[] Corpora = { "secretlint-core", "secretlint-fixtures" };

    public static TheoryData<string> PatternRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            if (rule.Regex.Length > 0)
            {
                data.Add(rule.Id);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(@"\b(ghp_[0-9A-Za-z]{36})\b", 40, "_")]
    [InlineData(@"(?i)abc(?:de|f)", 4, "")]
    [InlineData(@"a:b|c:d", 3, ":")]
    [InlineData(@"a:b|c;d", 3, "")]
    [InlineData(@"x(?=@)y", 2, "")]
    [InlineData(@"(?<![a-z])k(?!=)", 1, "")]
    [InlineData(@"a?b*c+d{2}e{3,}f{0,9}g{1,4}?", 7, "")]
    [InlineData(@"(?<user>[^:@]{1,100}):(?'pw'\S{4,200})@\w", 8, ":@")]
    [InlineData(@"[\]@-]{2}\.\-\@", 5, ".-@")]
    [InlineData(@"[a-z-[aeiou]]=", 2, "=")]
    [InlineData(@"(?<name>x)\1=\k<name>", 2, "=")]
    [InlineData(@"\x41\u0042\cC\t\p{L}\P{Lu}", 6, "")]
    [InlineData(@"^(?:1/|2/)[0-9]{16}$", 18, "/")]
    [InlineData(@"a{,3}", 5, "{,3}")]
    [InlineData(@"(?i:ab)(?m)c(?#comment)d", 4, "")]
    public void Derives_minimum_length_and_required_characters(string pattern, int minLength, string required)
    {
        var requirements = RegexRequirementParser.Analyze(pattern);

        Assert.Equal(minLength, requirements.MinLength);
        RegexRequirements.AsciiPresent(required, out var low, out var high);
        Assert.Equal(low, requirements.RequiredLow);
        Assert.Equal(high, requirements.RequiredHigh);
    }

    [Theory]
    [InlineData(@"(?x) a b c")]
    [InlineData(@"(?(a)b|c)")]
    [InlineData(@"[[:alpha:]]x")]
    [InlineData(@"\qabc")]
    [InlineData(@"(abc")]
    [InlineData(@"abc)")]
    [InlineData(@"a**")]
    [InlineData(@"")]
    public void Gives_no_condition_for_what_it_does_not_analyse(string pattern)
    {
        Assert.True(RegexRequirementParser.Analyze(pattern).IsNone);
    }

    [Theory]
    [MemberData(nameof(PatternRuleIds))]
    public void Every_match_of_a_rule_in_its_examples_meets_its_requirements(string ruleId)
    {
        var rule = RuleCatalog.BuiltIn.Find(ruleId)!;
        var requirements = RegexRequirementParser.Analyze(rule.Regex);
        var regex = new Regex(rule.Regex, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var matches = 0;

        var templates = rule.Examples.MustMatch.Select((t, i) => ("match", i, t)).Concat(rule.Examples.MustNotMatch.Select((t, i) => ("nomatch", i, t)));
        foreach (var (kind, index, template) in templates)
        {
            foreach (var seed in Seeds)
            {
                var text = ExampleTemplate.Expand(template, new Random(seed));
                matches += CheckMatches(regex, requirements, text, $"{ruleId}: {kind}[{index}] seed {seed}");
            }
        }

        if (rule.Examples.MustMatch.Count > 0)
        {
            Assert.True(matches > 0, $"{ruleId}: no match at all, so nothing was checked");
        }
    }

    /// <summary>The same check over every file of the labelled corpora, for every rule (one test: without the corpora it is the one that fails).</summary>
    [Fact]
    public void Every_match_of_every_rule_in_the_corpora_meets_its_requirements()
    {
        var texts = LoadCorpusTexts();
        var matches = 0;
        foreach (var rule in RuleCatalog.BuiltIn.Rules.Where(r => r.Regex.Length > 0))
        {
            var requirements = RegexRequirementParser.Analyze(rule.Regex);
            var regex = new Regex(rule.Regex, RegexOptions.CultureInvariant);
            foreach (var (name, text) in texts)
            {
                matches += CheckMatches(regex, requirements, text, $"{rule.Id}: {name}");
            }
        }

        Assert.True(matches > 100, $"only {matches} matches in the corpora: the check proves little");
    }

    [Theory]
    [InlineData("url-credentials", "https://api.example.net/v1/service17")]
    [InlineData("asana-pat", "https://api.example.net/v1/service17")]
    [InlineData("sql-connection-string-password", "Enter your password for service 17")]
    [InlineData("bearer-token-header", "Bearer")]
    public void Keeps_common_constants_that_hit_a_keyword_away_from_the_regex(string ruleId, string constant)
    {
        var rule = RuleCatalog.BuiltIn.Find(ruleId)!;
        var requirements = RegexRequirementParser.Analyze(rule.Regex);
        RegexRequirements.AsciiPresent(constant, out var low, out var high);

        Assert.Contains(rule.Keywords, k => constant.Contains(k, StringComparison.OrdinalIgnoreCase));
        Assert.False(requirements.Admits(constant.Length, low, high), $"{ruleId}: '{constant}' would run the regex");
    }

    [Fact]
    public void Most_built_in_patterns_are_analysed()
    {
        var rules = RuleCatalog.BuiltIn.Rules.Where(r => r.Regex.Length > 0).ToList();
        var unanalysed = rules.Where(r => RegexRequirementParser.Analyze(r.Regex).IsNone).Select(r => r.Id).ToList();

        Assert.True(unanalysed.Count * 10 < rules.Count, $"{unanalysed.Count} of {rules.Count} patterns give no condition: {string.Join(", ", unanalysed)}");
    }

    /// <summary>Checks every match in <paramref name="text"/>; returns how many there were.</summary>
    private static int CheckMatches(Regex regex, RegexRequirements requirements, string text, string where)
    {
        var count = 0;
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            count++;
            RegexRequirements.AsciiPresent(match.Value, out var low, out var high);
            Assert.True(
                requirements.Admits(match.Length, low, high),
                $"{where}: a match at index {match.Index} (length {match.Length}) fails the derived requirements (minimum length {requirements.MinLength})");
        }

        return count;
    }

    private static IReadOnlyList<(string Name, string Text)> LoadCorpusTexts()
    {
        var texts = new List<(string, string)>();
        foreach (var name in Corpora)
        {
            var corpus = LabeledCorpus.TryLoad(name);
            Assert.True(corpus != null, $"Labelled corpus '{name}' not found (see CorpusAccuracyTests)");
            foreach (var path in Directory.EnumerateFiles(corpus!.FilesRoot, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                texts.Add(($"{name}/{Path.GetRelativePath(corpus.FilesRoot, path)}", File.ReadAllText(path)));
            }
        }

        return texts;
    }
}

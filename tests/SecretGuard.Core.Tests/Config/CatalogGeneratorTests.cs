extern alias CatalogGenerator;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretGuard.Core.Rules;
using Generator = CatalogGenerator::SecretGuard.Core.CatalogGenerator.CatalogGenerator;

namespace SecretGuard.Core.Tests.Config;

public class CatalogGeneratorTests
{
    private const string RuleA = """
        [[rules]]
        id = "alpha-token"
        description = 'Alpha "quoted" token'
        regex = '''\b(alpha_[0-9a-f]{32})\b'''
        keywords = ["alpha_"]
        entropy = 3.5
        severity = "warning"
        confidence = "high"
        validator = "github-checksum"
        windowLines = 2
        tags = ["alpha"]
        [[rules.allowlists]]
        condition = "AND"
        regexTarget = "line"
        regexes = ['''(?i)example''']
        paths = ['''\.md$''']
        [rules.examples]
        match = ["t = alpha_{{hex:32}}"]
        nomatch = ["t = alpha_{{hex:8}}"]
        """;

    private const string RuleB = """
        [[rules]]
        id = "beta-file"
        path = '''(?i)\.kdbx$'''

        [[allowlists]]
        description = "vendored"
        paths = ['''^vendor/''']
        targetRules = ["alpha-token"]
        """;

    private static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(params InMemoryAdditionalText[] files)
    {
        var driver = CreateDriver(files);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new Generator().AsSourceGenerator() },
            additionalTexts: files,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static readonly Lazy<MetadataReference[]> References = new(() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .Append(MetadataReference.CreateFromFile(typeof(Rule).Assembly.Location))
        .ToArray());

    private static CSharpCompilation CreateCompilation()
    {
        return CSharpCompilation.Create(
            "GeneratedCatalogTest",
            new[] { CSharpSyntaxTree.ParseText("namespace SecretGuard.Core.Rules { internal static class Probe { internal static int Count() => BuiltInCatalog.CreateRules().Count + BuiltInCatalog.CreateGlobalAllowlists().Count; } }") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static string GeneratedSource(GeneratorDriver driver) =>
        Assert.Single(Assert.Single(driver.GetRunResult().Results).GeneratedSources).SourceText.ToString();

    [Fact]
    public void GeneratesCompilableCatalogWithEveryField()
    {
        var (driver, output, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/b.toml", RuleB));

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = GeneratedSource(driver);
        Assert.Contains("Id = @\"alpha-token\"", source);
        Assert.Contains("Description = @\"Alpha \"\"quoted\"\" token\"", source);
        Assert.Contains("Regex = @\"\\b(alpha_[0-9a-f]{32})\\b\"", source);
        Assert.Contains("Entropy = 3.5d", source);
        Assert.Contains("Severity = Severity.Warning", source);
        Assert.Contains("Confidence = Confidence.High", source);
        Assert.Contains("WindowLines = 2", source);
        Assert.Contains("IsBuiltIn = true", source);
        Assert.Contains("RequireAll = true", source);
        Assert.Contains("RegexTarget = AllowlistRegexTarget.Line", source);
        Assert.Contains("MustMatch = new string[] { @\"t = alpha_{{hex:32}}\" }", source);
        Assert.Contains("Path = @\"(?i)\\.kdbx$\"", source);
        Assert.Contains("TargetRules = new string[] { @\"alpha-token\" }", source);
    }

    [Fact]
    public void RulesFollowFileNameOrderThenDocumentOrder()
    {
        var (driver, _, diagnostics) = Run(new("/repo/rules/b.toml", RuleB), new("/repo/rules/a.toml", RuleA + "\n[[rules]]\nid = \"alpha-two\"\nregex = 'x'\n"));

        Assert.Empty(diagnostics);
        var source = GeneratedSource(driver);
        var alpha = source.IndexOf("\"alpha-token\"", StringComparison.Ordinal);
        var alphaTwo = source.IndexOf("\"alpha-two\"", StringComparison.Ordinal);
        var beta = source.IndexOf("\"beta-file\"", StringComparison.Ordinal);
        Assert.True(alpha < alphaTwo && alphaTwo < beta);
    }

    [Fact]
    public void DuplicateIdIsABuildErrorAtTheSecondDefinition()
    {
        var (driver, _, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/z.toml", "# dup\n\n" + RuleA));

        var error = Assert.Single(diagnostics);
        Assert.Equal("SGGEN002", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/repo/rules/z.toml", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Contains("'alpha-token'", error.GetMessage());
        Assert.Contains("a.toml(1)", error.GetMessage());
        Assert.Single(AllIndexes(GeneratedSource(driver), "\"alpha-token\""));
    }

    [Theory]
    [InlineData("[[rules]]\nid = \"x\"\nregex = 'unterminated\n", 3, 9, "not closed")]
    [InlineData("[[rules]]\nid = \"x\"\nregx = 'a'\n", 3, 1, "unknown key 'regx'")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '(a'\n", 3, 1, "not a valid regex")]
    [InlineData("[[rules]]\nid = \"x\"\n", 1, 1, "needs a 'regex' or a 'path'")]
    [InlineData("[extend]\nuseDefault = true\n", 1, 2, "cannot use [extend]")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = 'a'\nseverity = \"fatal\"\n", 4, 1, "severity must be")]
    public void InvalidRuleFileIsABuildErrorAtFileLineAndColumn(string toml, int line, int column, string reason)
    {
        var (driver, _, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/bad.toml", toml));

        var error = Assert.Single(diagnostics);
        Assert.Equal("SGGEN001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/repo/rules/bad.toml", span.Path);
        Assert.Equal(line - 1, span.StartLinePosition.Line);
        Assert.Equal(column - 1, span.StartLinePosition.Character);
        Assert.Contains(reason, error.GetMessage());
        Assert.Contains("\"alpha-token\"", GeneratedSource(driver));
    }

    [Fact]
    public void IgnoresAdditionalFilesThatAreNotToml()
    {
        var (driver, _, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/README.md", "# not toml ["));

        Assert.Empty(diagnostics);
        Assert.Contains("\"alpha-token\"", GeneratedSource(driver));
    }

    [Fact]
    public void RerunWithUnchangedFilesReusesEveryCachedStep()
    {
        var files = new[] { new InMemoryAdditionalText("/repo/rules/a.toml", RuleA), new InMemoryAdditionalText("/repo/rules/b.toml", RuleB) };
        var driver = CreateDriver(files).RunGenerators(CreateCompilation());

        // A new compilation (an edit to a C# file) with the same rule files.
        driver = driver.RunGenerators(CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }")));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.All(result.TrackedSteps["RuleFiles"].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingOneRuleFileReparsesOnlyThatFile()
    {
        var a = new InMemoryAdditionalText("/repo/rules/a.toml", RuleA);
        var b = new InMemoryAdditionalText("/repo/rules/b.toml", RuleB);
        var driver = CreateDriver(new[] { a, b }).RunGenerators(CreateCompilation());

        driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText("/repo/rules/b.toml", RuleB.Replace("kdbx", "keychain")));
        driver = driver.RunGenerators(CreateCompilation());

        var steps = Assert.Single(driver.GetRunResult().Results).TrackedSteps["RuleFiles"];
        var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("keychain", GeneratedSource(driver));
    }

    [Fact]
    public void WhitespaceOnlyEditKeepsTheGeneratedSourceCached()
    {
        var a = new InMemoryAdditionalText("/repo/rules/a.toml", RuleA);
        var driver = CreateDriver(new[] { a }).RunGenerators(CreateCompilation());

        driver = driver.ReplaceAdditionalText(a, new InMemoryAdditionalText("/repo/rules/a.toml", RuleA + "\n\n# trailing comment\n"));
        driver = driver.RunGenerators(CreateCompilation());

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Contains(result.TrackedSteps["RuleFiles"].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var result = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            result.Add(i);
        }

        return result;
    }
}

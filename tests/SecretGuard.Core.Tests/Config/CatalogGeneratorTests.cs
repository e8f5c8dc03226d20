extern alias CatalogGenerator;

using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
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

    // The generated catalog decodes its data with Core's internal CatalogData. Core lets this test assembly see its
    // internals; the in-memory compilation takes the same name, so it compiles (and loads) against the real decoder.
    // It then also sees Core's own BuiltInCatalog, which the generated one shadows on purpose (CS0436).
    private static CSharpCompilation CreateCompilation()
    {
        return CSharpCompilation.Create(
            typeof(CatalogGeneratorTests).Assembly.GetName().Name,
            new[] { CSharpSyntaxTree.ParseText("namespace SecretGuard.Core.Rules { internal static class Probe { internal static int Count() => BuiltInCatalog.CreateRules().Count + BuiltInCatalog.CreateGlobalAllowlists().Count; } }") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS0436"] = ReportDiagnostic.Suppress }));
    }

    /// <summary>Compiles the generator's output, loads it, and returns what the generated catalog decodes to at run time.</summary>
    private static (IReadOnlyList<Rule> Rules, IReadOnlyList<RuleAllowlist> GlobalAllowlists) Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("generated-catalog", isCollectible: true);
        try
        {
            var catalog = context.LoadFromStream(image).GetType("SecretGuard.Core.Rules.BuiltInCatalog", throwOnError: true)!;
            var rules = (IReadOnlyList<Rule>)catalog.GetMethod("CreateRules", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!;
            var allowlists = (IReadOnlyList<RuleAllowlist>)catalog.GetMethod("CreateGlobalAllowlists", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!;
            return (rules, allowlists);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string[] RuleIds(Compilation output) => Load(output).Rules.Select(rule => rule.Id).ToArray();

    private static string GeneratedSource(GeneratorDriver driver) =>
        Assert.Single(Assert.Single(driver.GetRunResult().Results).GeneratedSources).SourceText.ToString();

    [Fact]
    public void GeneratesCompilableCatalogWithEveryField()
    {
        var (_, output, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/b.toml", RuleB));

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var (rules, globalAllowlists) = Load(output);
        Assert.Equal(2, rules.Count);

        var alpha = rules[0];
        Assert.Equal("alpha-token", alpha.Id);
        Assert.Equal("Alpha \"quoted\" token", alpha.Description);
        Assert.Equal(@"\b(alpha_[0-9a-f]{32})\b", alpha.Regex);
        Assert.Equal(0, alpha.SecretGroup);
        Assert.Equal(3.5, alpha.Entropy);
        Assert.Equal(new[] { "alpha_" }, alpha.Keywords);
        Assert.Null(alpha.Path);
        Assert.Equal(new[] { "alpha" }, alpha.Tags);
        Assert.Equal(Severity.Warning, alpha.Severity);
        Assert.Equal(Confidence.High, alpha.Confidence);
        Assert.Equal("github-checksum", alpha.Validator);
        Assert.Equal(2, alpha.WindowLines);
        Assert.True(alpha.IsBuiltIn);
        Assert.Equal(new[] { "t = alpha_{{hex:32}}" }, alpha.Examples.MustMatch);
        Assert.Equal(new[] { "t = alpha_{{hex:8}}" }, alpha.Examples.MustNotMatch);
        var allowlist = Assert.Single(alpha.Allowlists);
        Assert.True(allowlist.RequireAll);
        Assert.Equal(AllowlistRegexTarget.Line, allowlist.RegexTarget);
        Assert.Equal(new[] { "(?i)example" }, allowlist.Regexes);
        Assert.Equal(new[] { @"\.md$" }, allowlist.Paths);

        var beta = rules[1];
        Assert.Equal("beta-file", beta.Id);
        Assert.Equal("", beta.Regex);
        Assert.Equal(@"(?i)\.kdbx$", beta.Path);
        Assert.Null(beta.Entropy);
        Assert.Null(beta.Validator);
        Assert.Empty(beta.Keywords);
        Assert.Same(RuleExamples.None, beta.Examples);
        Assert.True(beta.IsBuiltIn);

        var global = Assert.Single(globalAllowlists);
        Assert.Equal("vendored", global.Description);
        Assert.False(global.RequireAll);
        Assert.Equal(new[] { "^vendor/" }, global.Paths);
        Assert.Equal(new[] { "alpha-token" }, global.TargetRules);
        Assert.Empty(global.Regexes);
    }

    [Fact]
    public void QuotesNewlinesAndNonAsciiSurviveTheRoundTrip()
    {
        const string Toml = """
            [[rules]]
            id = "odd"
            description = "tab\there \"quoted\" caf\u00e9"
            regex = '''a"b\\c'''
            [rules.examples]
            match = ["line one\nline two a\"b\\c"]
            """;
        var (_, output, diagnostics) = Run(new InMemoryAdditionalText("/repo/rules/odd.toml", Toml));

        Assert.Empty(diagnostics);
        var rule = Assert.Single(Load(output).Rules);
        Assert.Equal("tab\there \"quoted\" caf\u00e9", rule.Description);
        Assert.Equal("a\"b\\\\c", rule.Regex);
        Assert.Equal(new[] { "line one\nline two a\"b\\c" }, rule.Examples.MustMatch);
    }

    [Fact]
    public void RulesFollowFileNameOrderThenDocumentOrder()
    {
        var (_, output, diagnostics) = Run(new("/repo/rules/b.toml", RuleB), new("/repo/rules/a.toml", RuleA + "\n[[rules]]\nid = \"alpha-two\"\nregex = 'x'\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "alpha-token", "alpha-two", "beta-file" }, RuleIds(output));
    }

    [Fact]
    public void DuplicateIdIsABuildErrorAtTheSecondDefinition()
    {
        var (_, output, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/z.toml", "# dup\n\n" + RuleA));

        var error = Assert.Single(diagnostics);
        Assert.Equal("SGGEN002", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/repo/rules/z.toml", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Contains("'alpha-token'", error.GetMessage());
        Assert.Contains("a.toml(1)", error.GetMessage());
        Assert.Equal(new[] { "alpha-token" }, RuleIds(output));
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
        var (_, output, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/bad.toml", toml));

        var error = Assert.Single(diagnostics);
        Assert.Equal("SGGEN001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/repo/rules/bad.toml", span.Path);
        Assert.Equal(line - 1, span.StartLinePosition.Line);
        Assert.Equal(column - 1, span.StartLinePosition.Character);
        Assert.Contains(reason, error.GetMessage());
        Assert.Equal(new[] { "alpha-token" }, RuleIds(output));
    }

    [Fact]
    public void IgnoresAdditionalFilesThatAreNotToml()
    {
        var (_, output, diagnostics) = Run(new("/repo/rules/a.toml", RuleA), new("/repo/rules/README.md", "# not toml ["));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "alpha-token" }, RuleIds(output));
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
}

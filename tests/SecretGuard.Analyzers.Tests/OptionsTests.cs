using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretGuard.Analyzers.Tests.Infrastructure;
using CatalogVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer>;
using NameVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

/// <summary>.editorconfig / .globalconfig options: severities, name words, entropy, excluded paths, test projects.</summary>
public class OptionsTests
{
    private readonly string token = TestSecrets.GitHubToken();
    private readonly string password = TestSecrets.Password();

    private string TokenSource => $$"""class C { string s = "{|#0:{{token}}|}"; }""";

    private static DiagnosticResult Catalog(DiagnosticSeverity severity) =>
        new DiagnosticResult("SG0001", severity).WithLocation(0).WithArguments(TestSecrets.GitHubPatDescription, "github-pat");

    [Fact]
    public async Task StandardDiagnosticSeverity_LowersSG0001ToWarning()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "dotnet_diagnostic.SG0001.severity = warning", Catalog(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task StandardDiagnosticSeverityNone_DisablesSG0001()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "dotnet_diagnostic.SG0001.severity = none");
    }

    [Fact]
    public async Task PerRuleSeverity_ChangesOneCatalogRule()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.rule.github-pat.severity = warning", Catalog(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task PerRuleSeverityNone_SilencesOneCatalogRule()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.rule.github-pat.severity = none");
    }

    [Fact]
    public async Task PerRuleSeverityForAnotherRule_ChangesNothing()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.rule.aws-access-key.severity = none", Catalog(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("secretguard.rule.github-pat.severity = loud")]
    [InlineData("secretguard.min_entropy = lots")]
    [InlineData("secretguard.min_entropy = -3")]
    [InlineData("secretguard.excluded_paths = ,,")]
    [InlineData("secretguard.test_project_severity = maybe")]
    [InlineData("secretguard.is_test_project = perhaps")]
    public async Task InvalidValues_FallBackToDefaults(string option)
    {
        await CatalogVerify.VerifyAsync(TokenSource, option, Catalog(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("**/Fixtures/**")]
    [InlineData("*.cs")]
    [InlineData("/0/Test0.cs")]
    [InlineData("docs/*.md, **/Test0.cs")]
    public async Task ExcludedPaths_SkipMatchingFiles(string globs)
    {
        var test = CatalogVerify.Create($$"""class C { string s = "{{token}}"; }""", "secretguard.excluded_paths = " + globs);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("/0/Fixtures/Test0.cs", $$"""class C { string s = "{{token}}"; }"""));
        if (globs == "/0/Test0.cs")
        {
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add(("/0/Test0.cs", $$"""class C { string s = "{{token}}"; }"""));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task ExcludedPaths_LeaveOtherFilesAlone()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.excluded_paths = **/Migrations/**", Catalog(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task TestProjectSeverity_CapsSeverityInTestProjects()
    {
        var test = CatalogVerify.Create(TokenSource, "secretguard.test_project_severity = warning");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        test.ExpectedDiagnostics.Add(Catalog(DiagnosticSeverity.Warning));
        await test.RunAsync();
    }

    [Fact]
    public async Task TestProjectSeverity_DetectsTestProjectsByTheirTestFrameworkReference()
    {
        var test = CatalogVerify.Create(TokenSource, "secretguard.test_project_severity = suggestion");
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        test.ExpectedDiagnostics.Add(Catalog(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task TestProjectSeverity_DoesNothingOutsideTestProjects()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.test_project_severity = warning", Catalog(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task TestProjectSeverityNone_SilencesTestProjects_DetectedByForcedSwitch()
    {
        await CatalogVerify.VerifyAsync(TokenSource, "secretguard.test_project_severity = none\nsecretguard.is_test_project = true");
    }

    [Fact]
    public async Task ExtraSecretNameWords_MakeNamesSecret()
    {
        var source = $$"""class C { string ZorkCode = {|#0:"{{password}}"|}; }""";
        await NameVerify.VerifyAsync(source);
        await NameVerify.VerifyAsync(source, "secretguard.secret_name_words = zork_code, other", new DiagnosticResult("SG0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("ZorkCode"));
    }

    [Fact]
    public async Task MinEntropy_FiltersLowEntropyValues()
    {
        var source = """class C { string Password = {|#0:"Qw7!Xz9#Qw7!"|}; }""";
        await NameVerify.VerifyAsync(source, new DiagnosticResult("SG0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Password"));
        await NameVerify.VerifyAsync(source, "secretguard.min_entropy = 3.5");
    }

    [Fact]
    public async Task SectionGlob_AppliesOptionsPerFolder()
    {
        var test = CatalogVerify.Create(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("/src/A.cs", $$"""class A { string s = "{|#0:{{token}}|}"; }"""));
        test.TestState.Sources.Add(("/tests/B.cs", $$"""class B { string s = "{{token}}"; }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/tests/**.cs]\nsecretguard.rule.github-pat.severity = none\n"));
        test.ExpectedDiagnostics.Add(Catalog(DiagnosticSeverity.Error));
        await test.RunAsync();
    }
}

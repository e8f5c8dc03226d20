using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretGuard.Analyzers.Tests.Infrastructure;
using Verify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.AdditionalFileAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

public class AdditionalFileAnalyzerTests
{
    private readonly string token = TestSecrets.GitHubToken();

    [Theory]
    [InlineData("/0/appsettings.json")]
    [InlineData("/0/appsettings.Development.json")]
    [InlineData("/0/web.config")]
    [InlineData("/0/.env")]
    [InlineData("/0/.env.local")]
    [InlineData("/0/deploy/pipeline.yml")]
    [InlineData("/0/charts/values.yaml")]
    public async Task SecretInConfigurationFile_IsReportedAtItsLineAndColumn(string path)
    {
        var test = Verify.Create("class C { }");
        test.TestState.AdditionalFiles.Add((path, $"first line\n  github: \"{token}\"\n"));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult("SG0004", DiagnosticSeverity.Error)
                .WithSpan(path, 2, 12, 2, 12 + token.Length)
                .WithArguments(TestSecrets.GitHubPatDescription, "github-pat", System.IO.Path.GetFileName(path)));
        await test.RunAsync();
    }

    [Fact]
    public async Task OtherAdditionalFiles_AreNotScanned()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/notes.md", token));
        test.TestState.AdditionalFiles.Add(("/0/AnalyzerReleases.Unshipped.md", token));
        await test.RunAsync();
    }

    [Fact]
    public async Task InlineAllowComment_SuppressesInConfigurationFiles()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.env", $"GITHUB_TOKEN={token} # secretguard:allow\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ExcludedPaths_ApplyToAdditionalFiles()
    {
        var test = Verify.Create("class C { }", "secretguard.excluded_paths = **/appsettings.Development.json");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Development.json", $"{{ \"Token\": \"{token}\" }}"));
        await test.RunAsync();
    }

    [Fact]
    public async Task PerRuleSeverity_AppliesToAdditionalFiles()
    {
        var test = Verify.Create("class C { }", "secretguard.rule.github-pat.severity = warning");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $"{{\"Token\":\"{token}\"}}"));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult("SG0004", DiagnosticSeverity.Warning)
                .WithSpan("/0/appsettings.json", 1, 11, 1, 11 + token.Length)
                .WithArguments(TestSecrets.GitHubPatDescription, "github-pat", "appsettings.json"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FileFoundCleanEarlier_IsScannedAgainOnceItsTextChanges()
    {
        // The same path twice in one process: first clean (remembered as such), then holding a secret.
        const string path = "/0/config/clean-then-secret.json";
        var clean = Verify.Create("class C { }");
        clean.TestState.AdditionalFiles.Add((path, "{ \"Region\": \"westeurope\" }"));
        await clean.RunAsync();

        var changed = Verify.Create("class C { }");
        changed.TestState.AdditionalFiles.Add((path, $"{{ \"Token\": \"{token}\" }}"));
        changed.ExpectedDiagnostics.Add(
            new DiagnosticResult("SG0004", DiagnosticSeverity.Error)
                .WithSpan(path, 1, 13, 1, 13 + token.Length)
                .WithArguments(TestSecrets.GitHubPatDescription, "github-pat", "clean-then-secret.json"));
        await changed.RunAsync();
    }
}

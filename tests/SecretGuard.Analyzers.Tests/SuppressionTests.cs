using SecretGuard.Analyzers.Tests.Infrastructure;
using CatalogVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer>;
using NameVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer>;
using SinkVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CredentialSinkAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

public class SuppressionTests
{
    private readonly string token = TestSecrets.GitHubToken();
    private readonly string password = TestSecrets.Password();

    [Theory]
    [InlineData("// secretguard:allow")]
    [InlineData("// SecretGuard:Allow reviewed: revoked test token")]
    [InlineData("// gitleaks:allow")]
    [InlineData("/* secretguard:allow */")]
    public async Task InlineAllowComment_SuppressesCatalogMatch(string comment)
    {
        await CatalogVerify.VerifyAsync($$"""
            class C { string s = "{{token}}"; {{comment}}
            }
            """);
    }

    [Fact]
    public async Task InlineAllowComment_OnTheClosingLineOfAMultiLineRawString_Suppresses()
    {
        await CatalogVerify.VerifyAsync($$""""
            class C
            {
                string s = """
                    {{token}}
                    """; // secretguard:allow
            }
            """");
    }

    [Fact]
    public async Task InlineAllowComment_OnAnotherLine_DoesNotSuppress()
    {
        await CatalogVerify.VerifyAsync($$"""
            class C
            {
                // secretguard:allow
                string s = "{|SG0001:{{token}}|}";
            }
            """);
    }

    [Fact]
    public async Task InlineAllowComment_SuppressesSecretNameAndSink()
    {
        await NameVerify.VerifyAsync($$"""
            class C { string Password = "{{password}}"; // secretguard:allow
            }
            """);
        await SinkVerify.VerifyAsync($$"""
            class C { object M() => new System.Net.NetworkCredential("u", "{{password}}"); // secretguard:allow
            }
            """);
    }

    [Fact]
    public async Task PragmaWarningDisable_Suppresses()
    {
        var test = CatalogVerify.Create($$"""
            class C
            {
            #pragma warning disable SG0001
                string s = "{{token}}";
            #pragma warning restore SG0001
                string t = "{|SG0001:{{token}}|}";
            }
            """);

        // The framework's own suppression check inserts a file-wide #pragma, which this test's restore would undo.
        test.TestBehaviors |= Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    [Fact]
    public async Task SuppressMessageAttribute_Suppresses()
    {
        await NameVerify.VerifyAsync($$"""
            class C
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "SG0002", Justification = "test fixture")]
                string Password = "{{password}}";
            }
            """);
    }
}

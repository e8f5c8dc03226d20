using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretGuard.Analyzers.Tests.Infrastructure;
using Verify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

public class CatalogMatchAnalyzerTests
{
    private readonly string token = TestSecrets.GitHubToken();

    [Fact]
    public async Task RegularLiteral_IsAnErrorOnTheTokenItself_NamingTheRule()
    {
        var source = $$"""
            class C
            {
                string s = "prefix {|#0:{{token}}|} suffix";
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("SG0001").WithLocation(0).WithArguments(TestSecrets.GitHubPatDescription, "github-pat"));
    }

    [Fact]
    public async Task VerbatimLiteral_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { string s = @"c:\dir\ {|SG0001:{{token}}|}"; }
            """);
    }

    [Fact]
    public async Task SingleLineRawLiteral_IsReported()
    {
        await Verify.VerifyAsync($$""""
            class C { string s = """{|SG0001:{{token}}|}"""; }
            """");
    }

    [Fact]
    public async Task MultiLineRawLiteral_IsReportedOnTheTokenLine()
    {
        await Verify.VerifyAsync($$""""
            class C
            {
                string s = """
                    header
                    token: {|SG0001:{{token}}|}
                    """;
            }
            """");
    }

    [Fact]
    public async Task Utf8Literal_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { System.ReadOnlySpan<byte> S() => "{|SG0001:{{token}}|}"u8; }
            """);
    }

    [Fact]
    public async Task InterpolatedString_ConstantPartIsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { string S(string user) => $"user={user}&token={|SG0001:{{token}}|}"; }
            """);
    }

    [Fact]
    public async Task ConstantInterpolatedString_IsFoldedAndReportedWhole()
    {
        var (head, tail) = (token[..10], token[10..]);
        await Verify.VerifyAsync($$"""
            class C
            {
                const string Head = "{{head}}";
                const string Tail = "{{tail}}";
                const string Token = {|SG0001:$"{Head}{Tail}"|};
            }
            """);
    }

    [Fact]
    public async Task ConcatenationOfLiterals_IsFoldedAndReportedWhole()
    {
        var (head, tail) = (token[..12], token[12..]);
        await Verify.VerifyAsync($$"""
            class C { string s = {|SG0001:"{{head}}" + "{{tail}}"|}; }
            """);
    }

    [Fact]
    public async Task ConstFieldFoldedIntoConcatenation_IsReported()
    {
        var (head, tail) = (token[..4], token[4..]);
        await Verify.VerifyAsync($$"""
            class C
            {
                const string Prefix = "{{head}}";
                static string Token = {|SG0001:Prefix + "{{tail}}"|};
            }
            """);
    }

    [Fact]
    public async Task ConcatenationWithRuntimeValue_ReportsTheLiteralThatHoldsTheToken()
    {
        await Verify.VerifyAsync($$"""
            class C { string S(string x) => x + "{|SG0001:{{token}}|}"; }
            """);
    }

    [Fact]
    public async Task CharArraySpelledOut_IsReported()
    {
        var chars = string.Join(", ", token.Select(c => $"'{c}'"));
        await Verify.VerifyAsync($$"""
            class C { char[] s = new[] {|SG0001:{ {{chars}} }|}; }
            """);
    }

    [Fact]
    public async Task CollectionExpressionOfChars_IsReported()
    {
        var chars = string.Join(", ", token.Select(c => $"'{c}'"));
        await Verify.VerifyAsync($$"""
            class C { char[] s = {|SG0001:[{{chars}}]|}; }
            """);
    }

    [Fact]
    public async Task BytesFromStringLiteral_AreReportedThroughTheLiteral()
    {
        await Verify.VerifyAsync($$"""
            class C
            {
                byte[] a = System.Text.Encoding.UTF8.GetBytes("{|SG0001:{{token}}|}");
                char[] b = "{|SG0001:{{token}}|}".ToCharArray();
            }
            """);
    }

    [Fact]
    public async Task TokenWithBadChecksum_IsOnlyAWarning()
    {
        var bad = TestSecrets.GitHubTokenWithBadChecksum();
        await Verify.VerifyAsync($$"""
            class C { string s = "{|#0:{{bad}}|}"; }
            """,
            Verify.Diagnostic("SG0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(TestSecrets.GitHubPatDescription, "github-pat"));
    }

    [Fact]
    public async Task TwoTokensInOneLiteral_AreReportedSeparately()
    {
        var second = TestSecrets.GitHubToken();
        await Verify.VerifyAsync($$"""
            class C { string s = "{|SG0001:{{token}}|},{|SG0001:{{second}}|}"; }
            """);
    }

    [Fact]
    public async Task GeneratedCode_IsSkipped()
    {
        await Verify.VerifyAsync($$"""
            // <auto-generated/>
            class C { string s = "{{token}}"; }
            """);
    }

    [Fact]
    public async Task ShortAndOrdinaryStrings_AreNotReported()
    {
        await Verify.VerifyAsync("""
            class C
            {
                string a = "ghp_";
                string b = "hello world, this is a perfectly ordinary string";
                string c = $"{1 + 2} items";
                int d = 1 + 2;
            }
            """);
    }
}

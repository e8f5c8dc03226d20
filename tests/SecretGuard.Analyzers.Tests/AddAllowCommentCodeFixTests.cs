using SecretGuard.Analyzers.Tests.Infrastructure;
using CatalogFix = SecretGuard.Analyzers.Tests.Infrastructure.CodeFixVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer, SecretGuard.CodeFixes.AddAllowCommentCodeFix>;
using NameFix = SecretGuard.Analyzers.Tests.Infrastructure.CodeFixVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer, SecretGuard.CodeFixes.AddAllowCommentCodeFix>;

namespace SecretGuard.Analyzers.Tests;

public class AddAllowCommentCodeFixTests
{
    private readonly string token = TestSecrets.GitHubToken();
    private readonly string password = TestSecrets.Password();

    [Fact]
    public async Task Comment_IsAppendedAfterTheStatement()
    {
        await CatalogFix.VerifyAsync($$"""
            class C
            {
                string s = "{|SG0001:{{token}}|}";
            }
            """, $$"""
            class C
            {
                string s = "{{token}}"; // secretguard:allow
            }
            """);
    }

    [Fact]
    public async Task ExistingComment_IsKeptAfterTheMarker()
    {
        await NameFix.VerifyAsync($$"""
            class C
            {
                string Password = {|SG0002:"{{password}}"|}; // local dev only
            }
            """, $$"""
            class C
            {
                string Password = "{{password}}"; // secretguard:allow local dev only
            }
            """);
    }

    [Fact]
    public async Task MultiLineRawString_GetsTheCommentOnItsClosingLine()
    {
        await CatalogFix.VerifyAsync($$""""
            class C
            {
                string s = """
                    {|SG0001:{{token}}|}
                    """;
            }
            """", $$""""
            class C
            {
                string s = """
                    {{token}}
                    """; // secretguard:allow
            }
            """");
    }

    [Fact]
    public async Task FixAll_AddsOneCommentPerLine()
    {
        var second = TestSecrets.GitHubToken();
        await CatalogFix.VerifyAsync($$"""
            class C
            {
                string a = "{|SG0001:{{token}}|}";
                string b = "{|SG0001:{{second}}|}";
            }
            """, $$"""
            class C
            {
                string a = "{{token}}"; // secretguard:allow
                string b = "{{second}}"; // secretguard:allow
            }
            """);
    }
}

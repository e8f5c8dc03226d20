using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretGuard.Analyzers.Tests.Infrastructure;
using CatalogVerify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer>;
using Verify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

public class SecretNamedLiteralAnalyzerTests
{
    private readonly string password = TestSecrets.Password();

    private static DiagnosticResult Expected(string name) =>
        new DiagnosticResult("SG0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(name);

    [Fact]
    public async Task Field_IsReportedWithItsName()
    {
        await Verify.VerifyAsync($$"""
            class C { private string adminPassword = {|#0:"{{password}}"|}; }
            """, Expected("adminPassword"));
    }

    [Fact]
    public async Task ConstField_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { const string ClientSecret = {|#0:"{{password}}"|}; }
            """, Expected("ClientSecret"));
    }

    [Fact]
    public async Task PropertyInitializer_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { public string ApiKey { get; set; } = {|#0:"{{password}}"|}; }
            """, Expected("ApiKey"));
    }

    [Fact]
    public async Task ExpressionBodiedProperty_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { public string SigningKey => {|#0:"{{password}}"|}; }
            """, Expected("SigningKey"));
    }

    [Fact]
    public async Task GetterReturningLiteral_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { public string AccessToken { get { return {|#0:"{{password}}"|}; } } }
            """, Expected("AccessToken"));
    }

    [Fact]
    public async Task Local_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { void M() { var dbPwd = {|#0:"{{password}}"|}; } }
            """, Expected("dbPwd"));
    }

    [Fact]
    public async Task ParameterDefault_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { void Connect(string passphrase = {|#0:"{{password}}"|}) { } }
            """, Expected("passphrase"));
    }

    [Fact]
    public async Task Assignment_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class Options { public string Password { get; set; } = ""; }
            class C { void M(Options o) { o.Password = {|#0:"{{password}}"|}; } }
            """, Expected("Password"));
    }

    [Fact]
    public async Task ObjectInitializer_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class Options { public string Secret { get; set; } = ""; }
            class C { Options o = new Options { Secret = {|#0:"{{password}}"|} }; }
            """, Expected("Secret"));
    }

    [Fact]
    public async Task DictionaryIndexerInInitializer_IsReported()
    {
        await Verify.VerifyAsync($$"""
            using System.Collections.Generic;
            class C { Dictionary<string, string> d = new() { ["Database:Password"] = {|#0:"{{password}}"|} }; }
            """, Expected("Database:Password"));
    }

    [Fact]
    public async Task DictionaryIndexerAssignment_IsReported()
    {
        await Verify.VerifyAsync($$"""
            using System.Collections.Generic;
            class C { void M(Dictionary<string, string> d) { d["api_key"] = {|#0:"{{password}}"|}; } }
            """, Expected("api_key"));
    }

    [Fact]
    public async Task CollectionInitializerPair_IsReported()
    {
        await Verify.VerifyAsync($$"""
            using System.Collections.Generic;
            class C { Dictionary<string, string> d = new() { { "Password", {|#0:"{{password}}"|} } }; }
            """, Expected("Password"));
    }

    [Fact]
    public async Task KeyValueCall_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { void M() { System.Environment.SetEnvironmentVariable("DB_PASSWORD", {|#0:"{{password}}"|}); } }
            """, Expected("DB_PASSWORD"));
    }

    [Fact]
    public async Task AnonymousTypeMember_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { object o = new { User = "admin", Password = {|#0:"{{password}}"|} }; }
            """, Expected("Password"));
    }

    [Fact]
    public async Task AttributeNamedArgument_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class LoginAttribute : System.Attribute { public string Password { get; set; } = ""; }
            [Login(Password = {|#0:"{{password}}"|})]
            class C { }
            """, Expected("Password"));
    }

    [Fact]
    public async Task NamedArgument_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C
            {
                static void Login(string user, string password) { }
                void M() => Login("admin", password: {|#0:"{{password}}"|});
            }
            """, Expected("password"));
    }

    [Fact]
    public async Task ConnectionStringWithPassword_IsReported()
    {
        await Verify.VerifyAsync($$"""
            class C { string ConnectionString = {|#0:"Database=App;User Id=app;Password={{password}};"|}; }
            """, Expected("ConnectionString"));
    }

    [Fact]
    public async Task ConnectionStringMatchingACatalogRule_IsReportedOnceByTheCatalogRule()
    {
        // The catalog's sql-connection-string-password rule owns this value (SG0001, on the password itself);
        // the name heuristic stays quiet so the literal is not reported twice.
        await Verify.VerifyAsync($$"""
            class C { string ConnectionString = "Server=db;User Id=app;Password={{password}};"; }
            """);
        await CatalogVerify.VerifyAsync($$"""
            class C { string ConnectionString = "Server=db;User Id=app;Password={|SG0001:{{password}}|};"; }
            """);
    }

    [Fact]
    public async Task ConnectionStringUrlWithPassword_IsReportedOnceByTheCatalogRule()
    {
        await Verify.VerifyAsync($$"""
            class C { string redisConnectionString = "redis://app:{{password}}@cache:6379"; }
            """);
        await CatalogVerify.VerifyAsync($$"""
            class C { string redisConnectionString = "redis://app:{|SG0001:{{password}}|}@cache:6379"; }
            """);
    }

    [Fact]
    public async Task ConditionalAndCoalesceBranches_AreReported()
    {
        await Verify.VerifyAsync($$"""
            class C
            {
                string GitHubToken(bool b, string? env) => b ? {|#0:"{{password}}"|} : env ?? "";
            }
            """, Expected("GitHubToken"));
    }

    [Fact]
    public async Task CatalogMatch_IsLeftToSG0001()
    {
        var token = TestSecrets.GitHubToken();
        await Verify.VerifyAsync($$"""
            class C { string GitHubToken = "{{token}}"; }
            """);
    }
}

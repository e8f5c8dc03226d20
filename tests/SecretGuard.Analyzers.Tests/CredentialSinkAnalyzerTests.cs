using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretGuard.Analyzers.Tests.Infrastructure;
using Verify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.CredentialSinkAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

public class CredentialSinkAnalyzerTests
{
    private readonly string password = TestSecrets.Password();

    private static DiagnosticResult Expected(string sink) =>
        new DiagnosticResult("SG0003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(sink);

    private static Task VerifyAsync(string body, params DiagnosticResult[] expected) => Verify.VerifyAsync($$"""
        #pragma warning disable SYSLIB0041, SYSLIB0057, SYSLIB0060
        using System.Text;
        using System.Net;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using Microsoft.Data.SqlClient;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            {{body}}
        }
        {{SinkStubs.Source}}
        """, expected);

    [Fact]
    public async Task NetworkCredentialPositionalPassword_IsReported()
    {
        await VerifyAsync($$"""object M() => new NetworkCredential("svc", {|#0:"{{password}}"|});""", Expected("NetworkCredential password"));
    }

    [Theory]
    [InlineData("NetworkCredential field = new(\"svc\", {|#0:\"PASSWORD\"|});")]
    [InlineData("NetworkCredential? Property { get; } = new(\"svc\", {|#0:\"PASSWORD\"|});")]
    [InlineData("System.Net.NetworkCredential M() => new(\"svc\", {|#0:\"PASSWORD\"|});")]
    [InlineData("void M() { NetworkCredential local = new(\"svc\", {|#0:\"PASSWORD\"|}); }")]
    [InlineData("void M() { NetworkCredential local; local = new(\"svc\", {|#0:\"PASSWORD\"|}); }")]
    public async Task TargetTypedNetworkCredential_IsReported(string member)
    {
        await VerifyAsync(member.Replace("PASSWORD", password), Expected("NetworkCredential password"));
    }

    [Fact]
    public async Task ConstFieldFlowingIntoNetworkCredential_IsReportedAtTheUse()
    {
        await VerifyAsync($$"""
            const string Pw = "{{password}}";
            object M() => new NetworkCredential("svc", {|#0:Pw|}, "corp");
            """, Expected("NetworkCredential password"));
    }

    [Fact]
    public async Task NetworkCredentialPasswordProperty_IsReported()
    {
        await VerifyAsync($$"""
            const string Pw = "{{password}}";
            void M(NetworkCredential c) { c.Password = {|#0:Pw|}; }
            """, Expected("NetworkCredential.Password"));
    }

    [Fact]
    public async Task SqlConnectionStringBuilderPassword_IsReported()
    {
        await VerifyAsync($$"""
            const string Pw = "{{password}}";
            object M() => new SqlConnectionStringBuilder { DataSource = "db", Password = {|#0:Pw|} };
            """, Expected("SqlConnectionStringBuilder.Password"));
    }

    [Fact]
    public async Task SqlConnectionWithPasswordInConnectionString_IsReported()
    {
        await VerifyAsync($$"""object M() => new SqlConnection({|#0:"Initial Catalog=App;User Id=app;Password={{password}}"|});""", Expected("SqlConnection connection string"));
    }

    [Fact]
    public async Task ConnectionStringBuilderFromConstant_IsReported()
    {
        await VerifyAsync($$"""
            const string Cs = "Initial Catalog=App;Pwd={{password}}";
            object M() => new SqlConnectionStringBuilder({|#0:Cs|});
            """, Expected("SqlConnectionStringBuilder connection string"));
    }

    [Fact]
    public async Task SqlConnectionWithACatalogConnectionString_IsLeftToTheCatalogRule()
    {
        // sql-connection-string-password (SG0001) already reports this literal; the sink does not report it again.
        await VerifyAsync($$"""object M() => new SqlConnection("Server=db;User Id=app;Password={{password}}");""");
    }

    [Fact]
    public async Task SymmetricSecurityKeyFromEncodedLiteral_IsReported()
    {
        await VerifyAsync($$"""object M() => new SymmetricSecurityKey({|#0:Encoding.UTF8.GetBytes("{{password}}")|});""", Expected("SymmetricSecurityKey key"));
    }

    [Fact]
    public async Task SymmetricSecurityKeyFromUtf8Literal_IsReported()
    {
        await VerifyAsync($$"""object M() => new SymmetricSecurityKey({|#0:"{{password}}"u8.ToArray()|});""", Expected("SymmetricSecurityKey key"));
    }

    [Fact]
    public async Task SymmetricSecurityKeyFromBase64Constant_IsReported()
    {
        var base64 = System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(password));
        await VerifyAsync($$"""object M() => new SymmetricSecurityKey({|#0:System.Convert.FromBase64String("{{base64}}")|});""", Expected("SymmetricSecurityKey key"));
    }

    [Fact]
    public async Task X509Certificate2Password_IsReported()
    {
        await VerifyAsync($$"""object M(byte[] pfx) => new X509Certificate2(pfx, {|#0:"{{password}}"|});""", Expected("X509Certificate2 password"));
    }

    [Fact]
    public async Task X509CertificateLoaderPassword_IsReported()
    {
        await VerifyAsync($$"""object M(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, {|#0:"{{password}}"|});""", Expected("X509CertificateLoader password"));
    }

    [Fact]
    public async Task Rfc2898DeriveBytesPassword_IsReported()
    {
        await VerifyAsync($$"""object M(byte[] salt) => new Rfc2898DeriveBytes({|#0:"{{password}}"|}, salt, 100000, HashAlgorithmName.SHA256);""", Expected("Rfc2898DeriveBytes password"));
    }

    [Fact]
    public async Task PasswordDeriveBytesPassword_IsReported()
    {
        await VerifyAsync($$"""object M(byte[] salt) => new PasswordDeriveBytes({|#0:"{{password}}"|}, salt);""", Expected("PasswordDeriveBytes password"));
    }

    [Fact]
    public async Task Pbkdf2PasswordBytes_AreReported()
    {
        await VerifyAsync($$"""byte[] M(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2({|#0:Encoding.UTF8.GetBytes("{{password}}")|}, salt, 100000, HashAlgorithmName.SHA256, 32);""", Expected("Rfc2898DeriveBytes password"));
    }

    [Fact]
    public async Task RuntimeValuesAndPlaceholders_AreNotReported()
    {
        await VerifyAsync("""
            object A(string pw) => new NetworkCredential("svc", pw);
            object B() => new NetworkCredential("svc", System.Environment.GetEnvironmentVariable("PW"));
            object C1() => new NetworkCredential("svc", "");
            object D() => new NetworkCredential("svc", "<password>");
            object E() => new SqlConnection("Server=db;Integrated Security=true");
            object F() => new SqlConnection("Server=db;User Id=app;Password=${DB_PASSWORD}");
            object G(byte[] key) => new SymmetricSecurityKey(key);
            object H(string secret) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
            object I(byte[] pfx) => new X509Certificate2(pfx, (string?)null);
            """);
    }

    [Fact]
    public async Task LiteralAlreadyReportedBySecretName_IsNotReportedTwice()
    {
        await VerifyAsync($$"""object M() => new NetworkCredential("svc", password: "{{password}}");""");
    }
}

using SecretGuard.Core.Detection;

namespace SecretGuard.Build.Tests;

public sealed class NonCodeFileScannerTests
{
    [Fact]
    public void ScanFile_ReportsATokenInJsonAtItsLineAndColumn_WithoutTheSecret()
    {
        using var dir = new TempDirectory();
        var token = TestSecrets.GitHubToken();
        var file = dir.Write("appsettings.json", "{\n  \"GitHub\": {\n    \"Token\": \"" + token + "\"\n  }\n}\n");

        var finding = Assert.Single(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));

        Assert.Equal(BuildDiagnosticIds.SecretInFile, finding.Code);
        Assert.Equal("github-pat", finding.RuleId);
        Assert.Equal(file, finding.File);
        Assert.Equal(3, finding.Line);
        Assert.Equal(15, finding.Column);
        Assert.DoesNotContain(token, finding.Preview);
        Assert.DoesNotContain(token, BuildFindingCodec.Encode(finding));
    }

    [Fact]
    public void ScanFile_ReportsNothing_ForAPlaceholder()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("appsettings.json", "{ \"GitHub\": { \"Token\": \"ghp_YOUR_TOKEN_HERE\" } }");

        Assert.Empty(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));
    }

    [Fact]
    public void ScanFile_HonoursAnInlineAllowCommentInAFormatWithComments()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("deploy.yml", "env:\n  TOKEN: " + TestSecrets.GitHubToken() + "  # secretguard:allow test fixture\n");

        Assert.Empty(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));
    }

    [Fact]
    public void ScanFile_ReportsAPemPrivateKeyFile_AsKeyMaterialOnTheHeaderLine()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("certs/server.key", "# dev key\n" + TestSecrets.PemPrivateKey());

        var finding = Assert.Single(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));

        Assert.Equal(BuildDiagnosticIds.PrivateKeyFile, finding.Code);
        Assert.Equal(2, finding.Line);
        Assert.Equal(1, finding.Column);
    }

    [Fact]
    public void ScanFile_DoesNotReportAPublicCertificate()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("ca.pem", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n");

        Assert.Empty(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));
    }

    [Theory]
    [InlineData("signing.pfx")]
    [InlineData("client.P12")]
    public void ScanFile_ReportsAPkcs12ContainerByItsPresence(string name)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, name);
        File.WriteAllBytes(file, new byte[] { 0x30, 0x82, 0x00, 0x01, 0x00 });

        var finding = Assert.Single(new NonCodeFileScanner(SecretScanner.Default, dir.Path).ScanFile(file));

        Assert.Equal(BuildDiagnosticIds.PrivateKeyFile, finding.Code);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("dev.pem")]
    [InlineData("dev.pfx")]
    public void ScanFile_StillReportsKeyMaterial_WhenTheCatalogHasNoKeyRules(string name)
    {
        using var dir = new TempDirectory();
        var file = dir.Write(name, TestSecrets.PemPrivateKey());
        var scanner = new NonCodeFileScanner(new SecretScanner(new SecretGuard.Core.Rules.RuleCatalog(Array.Empty<SecretGuard.Core.Rules.Rule>())), dir.Path);

        var finding = Assert.Single(scanner.ScanFile(file));

        Assert.Equal((BuildDiagnosticIds.PrivateKeyFile, NonCodeFileScanner.PrivateKeyFileRuleId), (finding.Code, finding.RuleId));
    }

    [Fact]
    public void LogicalPath_IsRelativeToTheRepositoryRootWithForwardSlashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");
        var scanner = new NonCodeFileScanner(SecretScanner.Default, root);

        Assert.Equal("src/App/appsettings.json", scanner.LogicalPath(Path.Combine(root, "src", "App", "appsettings.json")));
    }

    [Fact]
    public void Fingerprint_DoesNotDependOnTheLine_SoMovingASecretKeepsItBaselined()
    {
        using var dir = new TempDirectory();
        var token = TestSecrets.GitHubToken();
        var scanner = new NonCodeFileScanner(SecretScanner.Default, dir.Path);
        var file = dir.Write(".env", "TOKEN=" + token + "\n");
        var before = Assert.Single(scanner.ScanFile(file)).Fingerprint;

        File.WriteAllText(file, "# moved\n\nTOKEN=" + token + "\n");
        var after = Assert.Single(scanner.ScanFile(file));

        Assert.Equal(3, after.Line);
        Assert.Equal(before, after.Fingerprint);
    }
}

using SecretGuard.Core.Rules;

namespace SecretGuard.Build.Tests;

public sealed class FindingMessageFormatterTests
{
    private static BuildFinding Finding(string code = BuildDiagnosticIds.SecretInFile, Severity severity = Severity.Error) =>
        new BuildFinding("/repo/App/appsettings.json", 3, 15, 3, 55, code, "github-pat", "GitHub personal access token", severity,
            "    \"Token\": \"ghp_****\"", "github-pat:0123456789abcdef0123456789abcdef");

    [Fact]
    public void Canonical_IsTheFileLineColumnErrorCodeFormThatIdesAndCiParse()
    {
        Assert.Equal(
            "/repo/App/appsettings.json(3,15): error SG1001: GitHub personal access token [github-pat]: \"Token\": \"ghp_****\" (fingerprint github-pat:0123456789abcdef0123456789abcdef)",
            FindingMessageFormatter.Canonical(Finding(), ReportLevel.Error));
    }

    [Fact]
    public void Canonical_SaysWarning_WhenReportedAsAWarning()
    {
        Assert.StartsWith("/repo/App/appsettings.json(3,15): warning SG1001: ", FindingMessageFormatter.Canonical(Finding(), ReportLevel.Warning));
    }

    [Fact]
    public void Message_ForKeyMaterial_SaysWhatToDoAndGivesTheFingerprintForABaseline()
    {
        var message = FindingMessageFormatter.Message(Finding(BuildDiagnosticIds.PrivateKeyFile));

        Assert.StartsWith("Private key material in the project: GitHub personal access token [github-pat]. Keep keys out", message);
        Assert.Contains("fingerprint github-pat:0123456789abcdef0123456789abcdef", message);
    }

    [Theory]
    [InlineData(Severity.Error, ReportLevel.Error, ReportLevel.Error)]
    [InlineData(Severity.Warning, ReportLevel.Error, ReportLevel.Warning)]
    [InlineData(Severity.Note, ReportLevel.Error, ReportLevel.Message)]
    [InlineData(Severity.Error, ReportLevel.Warning, ReportLevel.Warning)]
    [InlineData(Severity.Note, ReportLevel.Warning, ReportLevel.Message)]
    public void ReportLevel_IsTheRuleSeverityCappedBySecretGuardSeverity(Severity severity, ReportLevel ceiling, ReportLevel expected)
    {
        Assert.Equal(expected, ReportLevels.For(severity, ceiling));
    }

    [Theory]
    [InlineData("", true, ReportLevel.Error)]
    [InlineData("Error", true, ReportLevel.Error)]
    [InlineData(" warning ", true, ReportLevel.Warning)]
    [InlineData("fatal", false, ReportLevel.Error)]
    public void TryParseSetting_AcceptsErrorAndWarningOnly(string value, bool valid, ReportLevel expected)
    {
        Assert.Equal(valid, ReportLevels.TryParseSetting(value, out var level));
        Assert.Equal(expected, level);
    }
}

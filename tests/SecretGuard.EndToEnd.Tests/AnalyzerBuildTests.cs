namespace SecretGuard.EndToEnd.Tests;

/// <summary>
/// The Roslyn analyzer, through the packed package and real <c>dotnet build</c> runs.
/// AWAITS-ANALYZER: fails until branch `analyzer` (SG0001 "string matches a catalog rule") is merged;
/// it must pass (not be skipped) in the final state.
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "AnalyzerEndToEnd")]
public sealed class AnalyzerBuildTests
{
    private readonly PackedPackageFixture package;

    public AnalyzerBuildTests(PackedPackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public void TokenInACSharpLiteral_FailsTheBuildWithSG0001_AndPassesAfterTheFixOrASuppression()
    {
        var sample = new SampleProject(package, "AnalyzerSample");
        var token = TestSecrets.GitHubToken();
        var program = sample.Write("Program.cs", "var client = new System.Net.Http.HttpClient();\nvar token = \"" + token + "\";\nConsole.WriteLine(token.Length);\n");

        var leaky = sample.Build();

        // The analyzer reports the secret itself (column 14), not the opening quote of the literal (column 13).
        Assert.False(leaky.Succeeded, leaky.ToString());
        Assert.True(sample.ErrorLog.Contains(program + "(2,14): error SG0001", StringComparison.Ordinal), sample.ErrorLog);
        Assert.DoesNotContain(token, leaky.Output);

        sample.Write("Program.cs", "var token = Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\nConsole.WriteLine(token?.Length);\n");
        var fixedBuild = sample.Build("--no-restore");
        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());

        sample.Write("Program.cs", "var token = \"" + token + "\"; // secretguard:allow test fixture\nConsole.WriteLine(token.Length);\n");
        var suppressed = sample.Build("--no-restore");
        Assert.True(suppressed.Succeeded, suppressed.ToString());
    }
}

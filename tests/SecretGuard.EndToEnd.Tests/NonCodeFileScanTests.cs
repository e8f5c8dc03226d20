using System.Text.RegularExpressions;

namespace SecretGuard.EndToEnd.Tests;

/// <summary>The MSBuild task, through the packed package and real <c>dotnet build</c> runs.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class NonCodeFileScanTests
{
    private readonly PackedPackageFixture package;

    public NonCodeFileScanTests(PackedPackageFixture package)
    {
        this.package = package;
    }

    private static string AppSettingsWith(string token) =>
        "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"GitHub\": {\n    \"Token\": \"" + token + "\"\n  }\n}\n";

    [Fact]
    public void LeakedStripeKeyInAppSettings_FailsTheBuild_NamingTheFileAndLine()
    {
        var sample = new SampleProject(package, "Leaky");
        var key = TestSecrets.StripeLiveKey();
        var settings = sample.Write("appsettings.json",
            "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Stripe\": {\n    \"SecretKey\": \"" + key + "\"\n  }\n}\n");

        var build = sample.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Matches(new Regex("^" + Regex.Escape(settings) + @"\(4,19\): error SG1001: Stripe secret API key \[stripe-secret-key\]", RegexOptions.Multiline), sample.ErrorLog);
        Assert.DoesNotContain(key, build.Output);
        Assert.DoesNotContain(key, sample.ErrorLog);
    }

    [Fact]
    public void Placeholder_DoesNotFailTheBuild()
    {
        var sample = new SampleProject(package, "Placeholder");
        sample.Write("appsettings.json", AppSettingsWith("sk_" + "live_" + new string('x', 24)));
        sample.Write("appsettings.Development.json", AppSettingsWith("<your-github-token>"));
        sample.Write(".env", "GITHUB_TOKEN=${GITHUB_TOKEN}\n");

        var build = sample.Build();

        Assert.True(build.Succeeded, build.ToString());
    }

    [Fact]
    public void SecretGuardEnabledFalse_SkipsTheScan()
    {
        var sample = new SampleProject(package, "Disabled");
        sample.Write("appsettings.json", AppSettingsWith(TestSecrets.GitHubToken()));

        var build = sample.Build("-p:SecretGuardEnabled=false");

        Assert.True(build.Succeeded, build.ToString());
    }

    [Fact]
    public void SecretGuardSeverityWarning_ReportsTheLeakAsAWarning_AndTheBuildSucceeds()
    {
        var sample = new SampleProject(package, "WarningOnly");
        var env = sample.Write(".env", "STRIPE_KEY=" + TestSecrets.StripeLiveKey() + "\n");

        var build = sample.Build("-p:SecretGuardSeverity=warning");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains(env + "(1,12): warning SG1001: Stripe secret API key", build.Output);
    }

    [Fact]
    public void ConfigAndIgnoreFilesNextToTheProject_AreFoundAndApplied()
    {
        var sample = new SampleProject(package, "Configured");
        sample.Write(".secretguard.toml", """
            [extend]
            useDefault = true

            [[rules]]
            id = "acme-internal-key"
            description = "ACME internal API key"
            regex = '''acme_[a-z0-9]{24}'''
            keywords = ["acme_"]
            """);
        var token = TestSecrets.GitHubToken();
        sample.Write(".env", "GITHUB_TOKEN=" + token + "\n");
        sample.Write(".secretguardignore",
            SecretGuard.Core.Findings.FindingFingerprint.Compute("github-pat", ".env", token) + "  # revoked, kept for a test\n");
        var ini = sample.Write("settings.ini", "[api]\nkey = acme_" + "k2m9x4b1n8v3c6z5l0p2w7q4\n");

        var build = sample.Build();

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(sample.ErrorLog.Split('\n'), l => l.Contains(" error SG"));
        Assert.StartsWith(ini + "(2,7): error SG1001: ACME internal API key [acme-internal-key]", error);
    }

    [Fact]
    public void FileRemovedFromSecretGuardScan_IsNotScanned_WhileOthersStillAre()
    {
        var sample = new SampleProject(package, "Excluded", """
              <ItemGroup>
                <SecretGuardScan Remove="testdata/**" />
              </ItemGroup>
            """);
        sample.Write("testdata/recorded-response.json", AppSettingsWith(TestSecrets.GitHubToken()));

        var clean = sample.Build();
        Assert.True(clean.Succeeded, clean.ToString());

        var docker = sample.Write("docker/Dockerfile", "FROM alpine\nENV GITHUB_TOKEN=" + TestSecrets.GitHubToken() + "\n");
        var leaky = sample.Build();
        Assert.False(leaky.Succeeded, leaky.ToString());
        Assert.Contains(docker + "(2,18): error SG1001", sample.ErrorLog);
        Assert.DoesNotContain("recorded-response.json", sample.ErrorLog);
    }

    [Fact]
    public void PrivateKeyFile_FailsTheBuild_AsKeyMaterial()
    {
        var sample = new SampleProject(package, "KeyMaterial");
        var key = sample.Write("certs/dev.pem", "-----BEGIN " + "PRIVATE KEY-----\n" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + "\n-----END " + "PRIVATE KEY-----\n");

        var build = sample.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(key + "(1,1): error SG1002: Private key material", sample.ErrorLog);
    }

    [Fact]
    public void IncrementalRebuild_IsFasterAndDoesNotRescan_ButRescansAChangedFile_AndKeepsFailingOnAPersistingLeak()
    {
        var sample = new SampleProject(package, "Incremental");
        for (var i = 0; i < 20; i++)
        {
            sample.Write($"config/service{i}.json", "{ \"Name\": \"service" + i + "\", \"Retries\": 3 }\n");
        }

        var first = sample.BuildNormal();
        Assert.True(first.Succeeded, first.ToString());
        Assert.Contains("SecretGuard: scanned 20 file(s), reused 0 unchanged, 0 finding(s)", first.Output);

        var second = sample.BuildNormal("--no-restore");
        Assert.True(second.Succeeded, second.ToString());
        Assert.DoesNotContain("SecretGuard: scanned", second.Output);
        Assert.Contains("Skipping target \"_SecretGuardScan\" because all output files are up-to-date", second.Output);
        Assert.True(second.Elapsed < first.Elapsed, $"second build {second.Elapsed} is not faster than the first {first.Elapsed}");

        var changed = sample.Write("config/service7.json", "{ \"Name\": \"service7\", \"Token\": \"" + TestSecrets.GitHubToken() + "\" }\n");
        var third = sample.BuildNormal("--no-restore");
        Assert.False(third.Succeeded, third.ToString());
        Assert.Contains("SecretGuard: scanned 1 file(s), reused 19 unchanged, 1 finding(s)", third.Output);

        var fourth = sample.BuildNormal("--no-restore");
        Assert.False(fourth.Succeeded, fourth.ToString());
        Assert.DoesNotContain("SecretGuard: scanned", fourth.Output);
        Assert.Contains(changed + "(1,33): error SG1001", sample.ErrorLog);
    }

    [Fact]
    public void MultiProjectSolution_ReportsEachProjectsFilesOnce_IncludingANestedProject()
    {
        var root = package.NewSampleFolder("Solution");
        var outer = new SampleProject(package, "Outer", """
              <ItemGroup>
                <Compile Remove="Inner/**" />
              </ItemGroup>
            """, Path.Combine(root, "Outer"));
        var inner = new SampleProject(package, "Inner", "", Path.Combine(root, "Outer", "Inner"));
        var sibling = new SampleProject(package, "Sibling", "", Path.Combine(root, "Sibling"));
        var outerSettings = outer.Write("appsettings.json", AppSettingsWith(TestSecrets.GitHubToken()));
        var innerSettings = inner.Write("appsettings.json", AppSettingsWith(TestSecrets.GitHubToken()));
        var siblingEnv = sibling.Write(".env", "GITHUB_TOKEN=" + TestSecrets.GitHubToken() + "\n");
        File.WriteAllText(Path.Combine(root, "All.slnx"), """
            <Solution>
              <Project Path="Outer/Outer.csproj" />
              <Project Path="Outer/Inner/Inner.csproj" />
              <Project Path="Sibling/Sibling.csproj" />
            </Solution>
            """);

        var build = SampleProject.BuildPath(root, "All.slnx", "-m:1");

        Assert.False(build.Succeeded, build.ToString());
        var errors = SampleProject.ErrorLines(root).Where(l => l.Contains("error SG1001")).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Single(errors, l => l.StartsWith(outerSettings + "(", StringComparison.Ordinal) && l.EndsWith("[" + outer.ProjectFile + "]", StringComparison.Ordinal));
        Assert.Single(errors, l => l.StartsWith(innerSettings + "(", StringComparison.Ordinal) && l.EndsWith("[" + inner.ProjectFile + "]", StringComparison.Ordinal));
        Assert.Single(errors, l => l.StartsWith(siblingEnv + "(", StringComparison.Ordinal));
    }
}

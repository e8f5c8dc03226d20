using System.Text.Json;
using SecretGuard.Cli.Tests.Support;

namespace SecretGuard.Cli.Tests;

/// <summary><c>scan --keystore</c> / <c>--track</c>: findings meet the keystore through the keyed hash, in memory.</summary>
public class KeystoreLinkTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Scan_shows_the_keystore_entry_of_a_leaked_issued_key()
    {
        var (store, keyFile) = (tree.PathOf("ks/store.sgks"), tree.PathOf("ks/store.key"));
        var generated = Tool.Run("keystore", "--store", store, "--key-file", keyFile, "generate", "api-key", "--name", "billing", "--service", "payments");
        Assert.Equal(0, generated.ExitCode);
        var key = generated.Out.Trim();
        tree.Write("app/deploy.env", "BILLING_API_KEY=" + key + "\n");

        var result = Tool.Run("scan", tree.PathOf("app"), "--format", "json", "--keystore", store, "--keystore-key-file", keyFile);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(key, result.All, StringComparison.Ordinal);
        var finding = Assert.Single(JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("secretguard-api-key", finding.GetProperty("ruleId").GetString());
        var properties = finding.GetProperty("properties");
        Assert.Equal("billing", properties.GetProperty("keystoreName").GetString());
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("keystoreId").GetString()));
    }

    [Fact]
    public void Track_records_an_unknown_credential_as_leaked_until_it_is_handled()
    {
        var (store, keyFile) = (tree.PathOf("ks/store.sgks"), tree.PathOf("ks/store.key"));
        var token = TestSecrets.GitHubToken();
        tree.Write("app/ci.yml", "env:\n  GITHUB_TOKEN: " + token + "\n");

        var scan = Tool.Run("scan", tree.PathOf("app"), "--format", "json", "--track", "--keystore", store, "--keystore-key-file", keyFile);
        Assert.Equal(1, scan.ExitCode);
        Assert.DoesNotContain(token, scan.All, StringComparison.Ordinal);

        var list = Tool.Run("keystore", "--store", store, "--key-file", keyFile, "list", "--status", "leaked", "--json");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("github-pat", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.All, StringComparison.Ordinal);

        var audit = Tool.Run("keystore", "--store", store, "--key-file", keyFile, "audit", "--fail-on", "leaked");
        Assert.Equal(1, audit.ExitCode);
    }

    [Fact]
    public void A_missing_keystore_is_a_clear_error_without_track()
    {
        tree.Write("app/ci.yml", "GITHUB_TOKEN: " + TestSecrets.GitHubToken() + "\n");
        var result = Tool.Run("scan", tree.PathOf("app"), "--keystore", tree.PathOf("nowhere/store.sgks"), "--keystore-key-file", tree.PathOf("nowhere/k.key"));
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}

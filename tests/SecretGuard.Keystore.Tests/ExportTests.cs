using System.Text.Json;
using SecretGuard.Keystore.Export;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Tests.Support;

namespace SecretGuard.Keystore.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Only_kept_current_secrets_are_exported_and_the_rest_are_listed()
    {
        var service = _store.NewService();
        var kept = service.GenerateApiKey(new ApiKeyRequest("billing api", "svc") { KeepSecret = true });
        var hashOnly = service.GenerateApiKey(new ApiKeyRequest("hash only", "svc"));
        var revoked = service.GenerateApiKey(new ApiKeyRequest("revoked", "svc") { KeepSecret = true });
        service.Revoke(revoked.Entry.Id, null);

        var plan = ExportPlan.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now);

        var variable = Assert.Single(plan.Variables);
        Assert.Equal("BILLING_API", variable.Name);
        Assert.Equal(kept.Secret, variable.Value);
        Assert.Contains(plan.Skipped, skipped => skipped.Entry.Id == hashOnly.Entry.Id && skipped.Reason.Contains("--keep-secret", StringComparison.Ordinal));
        Assert.Contains(plan.Skipped, skipped => skipped.Entry.Id == revoked.Entry.Id && skipped.Reason.Contains("revoked", StringComparison.Ordinal));
    }

    [Fact]
    public void After_rotation_only_the_replacement_is_exported()
    {
        var service = _store.NewService();
        var old = service.GenerateApiKey(new ApiKeyRequest("api", "svc") { KeepSecret = true });
        var replacement = service.Rotate(old.Entry.Id, TimeSpan.FromHours(1));

        var plan = ExportPlan.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now);

        Assert.Equal(replacement.Secret, Assert.Single(plan.Variables).Value);
    }

    [Fact]
    public void Formats_quote_values_so_they_read_back_unchanged()
    {
        var variables = new[] { new ExportVariable("A", "x'y\"$z", new Model.KeyEntry()) };

        Assert.Equal("export A='x'\\''y\"$z'\n", ExportWriter.Render(variables, ExportFormat.Env));
        Assert.Equal("A=\"x'y\\\"\\$z\"\n", ExportWriter.Render(variables, ExportFormat.Dotenv));
        Assert.Equal("x'y\"$z", JsonDocument.Parse(ExportWriter.Render(variables, ExportFormat.Json)).RootElement.GetProperty("A").GetString());
        Assert.Equal("::add-mask::x'y\"$z\n", ExportWriter.Render(variables, ExportFormat.GitHubActions));
    }

    [Fact]
    public void GitHub_env_block_uses_a_random_heredoc_delimiter()
    {
        var variables = new[] { new ExportVariable("TOKEN", "v", new Model.KeyEntry()) };

        var lines = ExportWriter.RenderGitHubEnvFile(variables).Split('\n');

        Assert.StartsWith("TOKEN<<ghadelimiter_", lines[0], StringComparison.Ordinal);
        Assert.Equal("v", lines[1]);
        Assert.Equal(lines[0]["TOKEN<<".Length..], lines[2]);
    }

    [Theory]
    [InlineData("billing api", "BILLING_API")]
    [InlineData("9lives", "_9LIVES")]
    [InlineData("ci-token.v2", "CI_TOKEN_V2")]
    public void Variable_names_are_shell_safe(string name, string expected)
    {
        Assert.Equal(expected, ExportPlan.VariableName(name));
    }
}

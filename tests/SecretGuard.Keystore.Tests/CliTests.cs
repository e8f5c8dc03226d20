using System.CommandLine;
using System.Text.Json;
using SecretGuard.Cli.Keystore;
using SecretGuard.Keystore.Tests.Support;

namespace SecretGuard.Keystore.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private (int ExitCode, string Output, string Error) Run(string? stdin, params string[] args)
    {
        var root = new RootCommand { KeystoreCommand.Create(stdin is null ? null : new StringReader(stdin), _store.Clock) };
        var output = new StringWriter();
        var error = new StringWriter();
        var all = new[] { "keystore", "--store", _store.StorePath, "--key-file", _store.Location.KeyFilePath }.Concat(args).ToArray();
        var code = root.Parse(all).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private string GenerateKey(params string[] extra)
    {
        var (code, output, _) = Run(null, new[] { "generate", "api-key", "--name", "billing", "--service", "payments" }.Concat(extra).ToArray());
        Assert.Equal(0, code);
        return output.Trim();
    }

    [Fact]
    public void Verify_exit_codes_are_0_valid_3_invalid_4_expired_5_revoked_6_out_of_scope()
    {
        var key = GenerateKey("--expiry-days", "10", "--scope", "read");
        var other = GenerateKey();
        var id = other.Split('_')[1];

        Assert.Equal(0, Run(null, "verify", key).ExitCode);
        Assert.Equal(0, Run(key, "verify", "--stdin", "--scope", "read").ExitCode);
        Assert.Equal(6, Run(null, "verify", key, "--scope", "write").ExitCode);
        Assert.Equal(3, Run(null, "verify", "not-a-key").ExitCode);
        Assert.Equal(0, Run(null, "revoke", id, "--reason", "test").ExitCode);
        Assert.Equal(5, Run(null, "verify", other).ExitCode);
        _store.Clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal(4, Run(null, "verify", key).ExitCode);
    }

    [Fact]
    public void Generated_key_is_printed_once_and_never_by_list_audit_or_verify()
    {
        var key = GenerateKey("--expiry-days", "3");

        var outputs = new[]
        {
            Run(null, "list"), Run(null, "list", "--json"), Run(null, "audit", "--json"), Run(null, "audit"), Run(null, "stats"), Run(null, "verify", key, "--json"),
        };

        var randomPart = key[^38..^6];
        Assert.All(outputs, result => Assert.DoesNotContain(randomPart, result.Output + result.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_json_reports_outcome_exit_code_and_entry()
    {
        var key = GenerateKey();

        var (code, output, _) = Run(null, "verify", key, "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, code);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("valid", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("billing", json.RootElement.GetProperty("entry").GetProperty("name").GetString());
    }

    [Fact]
    public void Audit_is_a_ci_gate_on_the_fail_on_groups()
    {
        GenerateKey("--expiry-days", "5");

        Assert.Equal(0, Run(null, "audit").ExitCode);
        Assert.Equal(1, Run(null, "audit", "--fail-on", "expiring").ExitCode);
        Assert.Equal(0, Run(null, "audit", "--fail-on", "expiring", "--warn-days", "3").ExitCode);
        var text = Run(null, "audit", "--warn-days", "30,14,7").Output;
        Assert.Contains("EXPIRING within 7 days (1)", text, StringComparison.Ordinal);
        _store.Clock.Advance(TimeSpan.FromDays(6));
        var expired = Run(null, "audit");
        Assert.Equal(1, expired.ExitCode);
        Assert.Contains("EXPIRED (1)", expired.Output, StringComparison.Ordinal);
        Assert.Equal(0, Run(null, "audit", "--fail-on", "none").ExitCode);
        Assert.Equal(2, Run(null, "audit", "--fail-on", "sometimes").ExitCode);
    }

    [Fact]
    public void Import_from_stdin_then_export_emits_only_kept_secrets()
    {
        var token = ApiKeyFormatTests.RandomToken();
        Assert.Equal(0, Run(token, "import", "--stdin", "--name", "gh token", "--service", "ci", "--keep-secret", "--expires", "2026-06-01").ExitCode);
        GenerateKey();

        var (code, output, error) = Run(null, "export", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(token, json.RootElement.GetProperty("GH_TOKEN").GetString());
        Assert.Single(json.RootElement.EnumerateObject());
        Assert.Contains("not exportable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotate_prints_the_replacement_and_keeps_the_old_key_for_the_overlap()
    {
        var key = GenerateKey();
        var id = key.Split('_')[1];

        var (code, output, _) = Run(null, "rotate", id, "--overlap", "2h");
        var replacement = output.Trim();

        Assert.Equal(0, code);
        Assert.Equal(0, Run(null, "verify", replacement).ExitCode);
        Assert.Equal(0, Run(null, "verify", key).ExitCode);
        _store.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(4, Run(null, "verify", key).ExitCode);
        Assert.Equal(2, Run(null, "rotate", id, "--overlap", "soon").ExitCode);
    }

    [Fact]
    public void Damaged_store_is_a_runtime_error_with_exit_code_2_and_no_stack_trace()
    {
        var key = GenerateKey();
        var bytes = File.ReadAllBytes(_store.StorePath);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(_store.StorePath, bytes);

        var verify = Run(null, "verify", key);
        var generate = Run(null, "generate", "api-key", "--name", "x", "--service", "y");

        Assert.Equal(2, verify.ExitCode);
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("altered", verify.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", verify.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_store.StorePath));
    }

    [Fact]
    public void Generate_jwt_with_claims_then_list_filters_by_service_and_status()
    {
        Assert.Equal(0, Run(null, "generate", "jwt", "--name", "worker", "--service", "auth", "--expiry-days", "60", "--claim", "sub=worker", "--algorithm", "ES256").ExitCode);
        GenerateKey("--expiry-days", "2");

        var auth = Run(null, "list", "--service", "auth").Output;
        var expiring = Run(null, "list", "--status", "expiring").Output;

        Assert.Contains("worker", auth, StringComparison.Ordinal);
        Assert.DoesNotContain("billing", auth, StringComparison.Ordinal);
        Assert.Contains("billing", expiring, StringComparison.Ordinal);
        Assert.DoesNotContain("worker", expiring, StringComparison.Ordinal);
    }
}

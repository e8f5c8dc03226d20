using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Tests.Support;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Tests;

public sealed class VerifyTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private KeystoreService Service => _store.NewService();

    [Fact]
    public void Issued_api_key_is_valid_with_exit_code_0()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc") { ExpiryDays = 5 });

        var result = Service.CreateVerifier().Verify(issued.Secret);

        Assert.Equal(VerifyOutcome.Valid, result.Outcome);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(issued.Entry.Id, result.Entry!.Id);
    }

    [Fact]
    public void Well_formed_key_with_an_unknown_key_id_is_invalid()
    {
        Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));

        var result = Service.CreateVerifier().Verify(ApiKeyFormat.Create("sgk", "Zz99Yy88"));

        Assert.Equal(VerifyOutcome.Invalid, result.Outcome);
        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public void Forged_key_reusing_a_known_key_id_is_invalid()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));

        var forged = ApiKeyFormat.Create("sgk", issued.Entry.Id);
        var result = Service.CreateVerifier().Verify(forged);

        Assert.Equal(VerifyOutcome.Invalid, result.Outcome);
        Assert.Contains("does not match", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistyped_key_fails_on_its_checksum()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var typo = issued.Secret[..^1] + (issued.Secret[^1] == 'a' ? 'b' : 'a');

        var result = Service.CreateVerifier().Verify(typo);

        Assert.Equal(VerifyOutcome.Invalid, result.Outcome);
        Assert.Contains("checksum", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_is_valid_until_its_expiry_then_expired_with_exit_code_4()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc") { ExpiryDays = 1 });

        _store.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(issued.Secret).Outcome);

        _store.Clock.Advance(TimeSpan.FromSeconds(1));
        var result = Service.CreateVerifier().Verify(issued.Secret);
        Assert.Equal(VerifyOutcome.Expired, result.Outcome);
        Assert.Equal(4, result.ExitCode);
    }

    [Fact]
    public void Revoked_key_is_refused_with_exit_code_5_and_stays_revoked()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));
        Service.Revoke(issued.Entry.Id, "laptop stolen");

        var result = Service.CreateVerifier().Verify(issued.Secret);

        Assert.Equal(VerifyOutcome.Revoked, result.Outcome);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("laptop stolen", result.Reason, StringComparison.Ordinal);
        Assert.Throws<Storage.KeystoreException>(() => Service.Revoke(issued.Entry.Id, null));
        Assert.Throws<Storage.KeystoreException>(() => Service.Rotate(issued.Entry.Id, TimeSpan.FromHours(1)));
        _store.Clock.Advance(TimeSpan.FromDays(1000));
        Assert.Equal(VerifyOutcome.Revoked, Service.CreateVerifier().Verify(issued.Secret).Outcome);
    }

    [Fact]
    public void Missing_scope_is_refused_with_exit_code_6()
    {
        var issued = Service.GenerateApiKey(new ApiKeyRequest("a", "svc") { Scopes = new[] { "read" } });
        var verifier = Service.CreateVerifier();

        Assert.Equal(VerifyOutcome.Valid, verifier.Verify(issued.Secret, "read").Outcome);
        var result = verifier.Verify(issued.Secret, "write");
        Assert.Equal(VerifyOutcome.OutOfScope, result.Outcome);
        Assert.Equal(6, result.ExitCode);
    }

    [Fact]
    public void Imported_credential_is_found_by_its_keyed_hash()
    {
        var token = ApiKeyFormatTests.RandomToken();
        Service.Import(new ImportRequest(token, "github", "ci") { Expires = TempStore.Start.AddDays(2) });

        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(token).Outcome);
        Assert.Equal(VerifyOutcome.Invalid, Service.CreateVerifier().Verify(ApiKeyFormatTests.RandomToken()).Outcome);
        _store.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(VerifyOutcome.Expired, Service.CreateVerifier().Verify(token).Outcome);
    }

    [Fact]
    public void Importing_the_same_value_twice_is_refused()
    {
        var token = ApiKeyFormatTests.RandomToken();
        Service.Import(new ImportRequest(token, "github", "ci"));

        var error = Assert.Throws<Storage.KeystoreException>(() => Service.Import(new ImportRequest(token, "again", "ci")));
        Assert.Contains("already in the store", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_have_distinct_exit_codes_and_none_but_valid_is_0()
    {
        var codes = Enum.GetValues<VerifyOutcome>().Select(outcome => (int)outcome).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(2, codes);
        Assert.Single(codes, code => code == 0);
    }
}

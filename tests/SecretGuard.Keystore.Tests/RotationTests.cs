using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Status;
using SecretGuard.Keystore.Tests.Support;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Tests;

public sealed class RotationTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private KeystoreService Service => _store.NewService();

    [Fact]
    public void Old_key_stays_valid_during_the_overlap_then_is_refused_while_the_new_one_works()
    {
        var old = Service.GenerateApiKey(new ApiKeyRequest("billing", "payments") { ExpiryDays = 90, Scopes = new[] { "read" } });
        _store.Clock.Advance(TimeSpan.FromDays(10));

        var replacement = Service.Rotate(old.Entry.Id, TimeSpan.FromHours(24));

        Assert.Equal(old.Entry.Id, replacement.Entry.Replaces);
        Assert.Equal(new[] { "read" }, replacement.Entry.Scopes);
        Assert.Equal(_store.Clock.Now.AddDays(90), replacement.Entry.ExpiresAt);

        _store.Clock.Advance(TimeSpan.FromHours(23));
        var during = Service.CreateVerifier().Verify(old.Secret);
        Assert.Equal(VerifyOutcome.Valid, during.Outcome);
        Assert.Contains("rotated", during.Warning, StringComparison.Ordinal);

        _store.Clock.Advance(TimeSpan.FromHours(1));
        var after = Service.CreateVerifier().Verify(old.Secret);
        Assert.Equal(VerifyOutcome.Expired, after.Outcome);
        Assert.Contains("overlap", after.Reason, StringComparison.Ordinal);
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(replacement.Secret).Outcome);
    }

    [Fact]
    public void Zero_overlap_refuses_the_old_key_at_once()
    {
        var old = Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));

        Service.Rotate(old.Entry.Id, TimeSpan.Zero);

        Assert.Equal(VerifyOutcome.Expired, Service.CreateVerifier().Verify(old.Secret).Outcome);
    }

    [Fact]
    public void A_key_rotates_only_once()
    {
        var old = Service.GenerateApiKey(new ApiKeyRequest("a", "svc"));
        Service.Rotate(old.Entry.Id, TimeSpan.FromHours(1));

        var error = Assert.Throws<Storage.KeystoreException>(() => Service.Rotate(old.Entry.Id, TimeSpan.FromHours(1)));
        Assert.Contains("already rotated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_credential_rotates_only_with_the_replacement_value()
    {
        var first = ApiKeyFormatTests.RandomToken();
        var entry = Service.Import(new ImportRequest(first, "github", "ci"));

        Assert.Throws<Storage.KeystoreException>(() => Service.Rotate(entry.Id, TimeSpan.FromHours(1)));

        var second = ApiKeyFormatTests.RandomToken();
        var replacement = Service.Rotate(entry.Id, TimeSpan.FromHours(1), second);
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(second).Outcome);
        Assert.Equal(entry.Id, replacement.Entry.Replaces);
        var snapshot = _store.NewStorage().Read();
        Assert.Equal(EntryStatus.Rotating, StatusEvaluator.Evaluate(snapshot.FindById(entry.Id)!, _store.Clock.Now, TimeSpan.Zero));
    }

    [Fact]
    public void Rotated_jwt_gets_a_new_token_with_the_same_claims()
    {
        var old = Service.GenerateJwt(new JwtRequest("svc-token", "auth", 7) { Claims = new Dictionary<string, string> { ["sub"] = "worker" } });

        var replacement = Service.Rotate(old.Entry.Id, TimeSpan.FromMinutes(30));

        Assert.NotEqual(old.Secret, replacement.Secret);
        Assert.Equal("worker", replacement.Entry.Claims!["sub"]);
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(replacement.Secret).Outcome);
        _store.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(VerifyOutcome.Expired, Service.CreateVerifier().Verify(old.Secret).Outcome);
    }
}

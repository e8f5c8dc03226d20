using SecretGuard.Core.Findings;
using SecretGuard.Keystore.Audit;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Tests.Support;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Tests;

public sealed class ScanLinkTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static Finding FindingFor(string secret, string path = "src/app.config", string? commit = null)
    {
        var finding = new Finding { RuleId = "github-pat", Path = path, Secret = secret, Fingerprint = FindingFingerprint.Compute("github-pat", path, secret) };
        return commit is null ? finding : finding.WithProperties(new[] { new KeyValuePair<string, string>(FindingProperties.Commit, commit) });
    }

    [Fact]
    public void Finding_matching_an_entry_gets_its_id_name_and_status()
    {
        var issued = _store.NewService().GenerateApiKey(new ApiKeyRequest("billing", "payments"));
        var link = KeystoreScanLink.Open(_store.Location, clock: _store.Clock);

        var annotated = link.Annotate(new[] { FindingFor(issued.Secret), FindingFor(ApiKeyFormatTests.RandomToken()) }, track: false);

        Assert.Equal(issued.Entry.Id, annotated[0].GetProperty(FindingProperties.KeystoreId));
        Assert.Equal("billing", annotated[0].GetProperty(FindingProperties.KeystoreName));
        Assert.Equal("healthy", annotated[0].GetProperty(FindingProperties.KeystoreStatus));
        Assert.Null(annotated[1].GetProperty(FindingProperties.KeystoreId));
        Assert.Single(_store.NewStorage().Read().Document.Entries);
    }

    [Fact]
    public void Tracking_records_new_credentials_as_leaked_with_rule_path_and_commit_and_no_secret()
    {
        var secret = ApiKeyFormatTests.RandomToken();
        var link = KeystoreScanLink.Open(_store.Location, createIfMissing: true, clock: _store.Clock);

        var annotated = link.Annotate(new[] { FindingFor(secret, "deploy/.env", "0123456789abcdef0123456789abcdef01234567"), FindingFor(secret, "copy/.env") }, track: true);

        var entry = Assert.Single(_store.NewStorage().Read().Document.Entries);
        Assert.Equal(EntryKind.Discovered, entry.Kind);
        Assert.Null(entry.Secret);
        Assert.Equal("github-pat", entry.Leak!.RuleId);
        Assert.Equal("deploy/.env", entry.Leak.Path);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", entry.Leak.Commit);
        Assert.Equal(TempStore.Start, entry.Leak.FirstSeen);
        Assert.All(annotated, finding => Assert.Equal(entry.Id, finding.GetProperty(FindingProperties.KeystoreId)));
        Assert.All(annotated, finding => Assert.Equal("leaked", finding.GetProperty(FindingProperties.KeystoreStatus)));
        Assert.Equal(VerifyOutcome.Leaked, _store.NewService().CreateVerifier().Verify(secret).Outcome);
    }

    [Fact]
    public void Tracking_the_same_credential_again_adds_nothing()
    {
        var secret = ApiKeyFormatTests.RandomToken();
        KeystoreScanLink.Open(_store.Location, createIfMissing: true, clock: _store.Clock).Annotate(new[] { FindingFor(secret) }, track: true);
        var generation = _store.NewStorage().Read().Generation;

        KeystoreScanLink.Open(_store.Location, clock: _store.Clock).Annotate(new[] { FindingFor(secret, "elsewhere.txt") }, track: true);

        Assert.Single(_store.NewStorage().Read().Document.Entries);
        Assert.Equal(generation, _store.NewStorage().Read().Generation);
    }

    [Fact]
    public void Leaked_entries_stay_in_audit_until_revoked()
    {
        var issued = _store.NewService().GenerateApiKey(new ApiKeyRequest("billing", "payments"));
        KeystoreScanLink.Open(_store.Location, clock: _store.Clock).Annotate(new[] { FindingFor(issued.Secret) }, track: true);

        Assert.Equal(new[] { issued.Entry.Id }, LeakedIds());
        var verify = _store.NewService().CreateVerifier().Verify(issued.Secret);
        Assert.Equal(VerifyOutcome.Valid, verify.Outcome);
        Assert.Contains("rotate or revoke", verify.Warning, StringComparison.Ordinal);

        _store.NewService().Revoke(issued.Entry.Id, "leaked");
        Assert.Empty(LeakedIds());
    }

    [Fact]
    public void Leaked_entries_leave_audit_when_rotated()
    {
        var secret = ApiKeyFormatTests.RandomToken();
        var annotated = KeystoreScanLink.Open(_store.Location, createIfMissing: true, clock: _store.Clock).Annotate(new[] { FindingFor(secret) }, track: true);
        var id = annotated[0].GetProperty(FindingProperties.KeystoreId)!;

        _store.NewService().Rotate(id, TimeSpan.Zero, ApiKeyFormatTests.RandomToken());

        Assert.Empty(LeakedIds());
    }

    [Fact]
    public void Opening_a_missing_store_without_tracking_is_an_error()
    {
        var error = Assert.Throws<KeystoreException>(() => KeystoreScanLink.Open(_store.Location));
        Assert.Equal(KeystoreErrorKind.NotFound, error.Kind);
    }

    private string[] LeakedIds()
        => AuditReport.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now, new[] { 7 })
            .In(AuditGroup.Leaked).Select(item => item.Entry.Id).ToArray();
}

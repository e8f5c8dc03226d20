using SecretGuard.Keystore.Audit;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Tests.Support;

namespace SecretGuard.Keystore.Tests;

public sealed class AuditTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Entries_fall_into_expired_expiring_windows_revoked_and_healthy()
    {
        var service = _store.NewService();
        var expired = service.GenerateApiKey(new ApiKeyRequest("expired", "svc") { ExpiryDays = 1 });
        var in5 = service.GenerateApiKey(new ApiKeyRequest("in5", "svc") { ExpiryDays = 7 });
        var in12 = service.GenerateApiKey(new ApiKeyRequest("in12", "svc") { ExpiryDays = 14 });
        var in25 = service.GenerateApiKey(new ApiKeyRequest("in25", "svc") { ExpiryDays = 27 });
        var healthy = service.GenerateApiKey(new ApiKeyRequest("healthy", "svc") { ExpiryDays = 365 });
        var forever = service.GenerateApiKey(new ApiKeyRequest("forever", "svc"));
        var revoked = service.GenerateApiKey(new ApiKeyRequest("revoked", "svc") { ExpiryDays = 2 });
        service.Revoke(revoked.Entry.Id, null);
        _store.Clock.Advance(TimeSpan.FromDays(2));

        var report = AuditReport.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now, new[] { 30, 14, 7 });

        Assert.Equal(new[] { expired.Entry.Id }, Ids(report, AuditGroup.Expired));
        Assert.Equal(new[] { in5.Entry.Id, in12.Entry.Id, in25.Entry.Id }, Ids(report, AuditGroup.Expiring));
        Assert.Equal(new int?[] { 7, 14, 30 }, report.In(AuditGroup.Expiring).Select(item => item.WindowDays).ToArray());
        Assert.Equal(new[] { revoked.Entry.Id }, Ids(report, AuditGroup.Revoked));
        Assert.Equal(new[] { healthy.Entry.Id, forever.Entry.Id }.Order(), Ids(report, AuditGroup.Healthy).Order());
    }

    [Fact]
    public void Fail_on_reports_only_the_non_empty_groups_asked_for()
    {
        var service = _store.NewService();
        service.GenerateApiKey(new ApiKeyRequest("soon", "svc") { ExpiryDays = 3 });

        var report = AuditReport.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now, new[] { 7 });

        Assert.Empty(report.Failing(new[] { AuditGroup.Expired, AuditGroup.Leaked }));
        Assert.Equal(new[] { AuditGroup.Expiring }, report.Failing(new[] { AuditGroup.Expiring, AuditGroup.Revoked }));
    }

    [Fact]
    public void Rotated_keys_are_reported_as_rotated_not_expired()
    {
        var service = _store.NewService();
        var old = service.GenerateApiKey(new ApiKeyRequest("a", "svc") { ExpiryDays = 30 });
        service.Rotate(old.Entry.Id, TimeSpan.FromHours(1));
        _store.Clock.Advance(TimeSpan.FromDays(2));

        var report = AuditReport.Create(_store.NewStorage().Read().Document.Entries, _store.Clock.Now, new[] { 7 });

        Assert.Equal(new[] { old.Entry.Id }, Ids(report, AuditGroup.Rotated));
        Assert.Empty(report.In(AuditGroup.Expired));
    }

    private static string[] Ids(AuditReport report, AuditGroup group) => report.In(group).Select(item => item.Entry.Id).ToArray();
}

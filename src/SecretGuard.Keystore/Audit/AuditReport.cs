using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Keystore.Audit;

/// <summary>
/// Sorts entries into EXPIRED / EXPIRING (by the narrowest warning window each falls in) / REVOKED / LEAKED /
/// HEALTHY (plus ROTATED for replaced keys), at one moment.
/// </summary>
public sealed class AuditReport
{
    private AuditReport(DateTimeOffset at, IReadOnlyList<int> warnDays, IReadOnlyList<AuditItem> items)
    {
        At = at;
        WarnDays = warnDays;
        Items = items;
    }

    public DateTimeOffset At { get; }

    /// <summary>Warning windows in days, widest first.</summary>
    public IReadOnlyList<int> WarnDays { get; }

    public IReadOnlyList<AuditItem> Items { get; }

    public static AuditReport Create(IEnumerable<KeyEntry> entries, DateTimeOffset now, IEnumerable<int> warnDays)
    {
        var windows = warnDays.Where(days => days > 0).Distinct().OrderByDescending(days => days).ToArray();
        var widest = windows.Length == 0 ? TimeSpan.Zero : TimeSpan.FromDays(windows[0]);
        var items = new List<AuditItem>();
        foreach (var entry in entries)
        {
            var status = StatusEvaluator.Evaluate(entry, now, widest);
            var group = status switch
            {
                EntryStatus.Revoked => AuditGroup.Revoked,
                EntryStatus.Retired or EntryStatus.Rotating => AuditGroup.Rotated,
                EntryStatus.Leaked => AuditGroup.Leaked,
                EntryStatus.Expired => AuditGroup.Expired,
                EntryStatus.Expiring => AuditGroup.Expiring,
                _ => AuditGroup.Healthy,
            };
            TimeSpan? remaining = entry.ExpiresAt is { } expires ? expires - now : null;
            int? window = null;
            if (group == AuditGroup.Expiring && remaining is { } left)
            {
                window = windows.Where(days => left <= TimeSpan.FromDays(days)).Min();
            }

            items.Add(new AuditItem(entry, status, group, window, remaining));
        }

        items.Sort((a, b) => a.Group != b.Group
            ? a.Group.CompareTo(b.Group)
            : Nullable.Compare(a.Entry.ExpiresAt, b.Entry.ExpiresAt) is var byExpiry && byExpiry != 0 ? byExpiry : string.CompareOrdinal(a.Entry.Id, b.Entry.Id));
        return new AuditReport(now, windows, items);
    }

    public IEnumerable<AuditItem> In(AuditGroup group) => Items.Where(item => item.Group == group);

    public int Count(AuditGroup group) => Items.Count(item => item.Group == group);

    /// <summary>The groups in <paramref name="failOn"/> that have at least one entry (a CI gate fails on any).</summary>
    public IReadOnlyList<AuditGroup> Failing(IEnumerable<AuditGroup> failOn)
        => failOn.Distinct().Where(group => Count(group) > 0).ToList();
}

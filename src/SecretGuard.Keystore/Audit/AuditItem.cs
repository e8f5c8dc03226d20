using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Keystore.Audit;

/// <summary>One entry in an audit: its group, its status and, when expiring, the warning window it falls in (days).</summary>
public sealed record AuditItem(KeyEntry Entry, EntryStatus Status, AuditGroup Group, int? WindowDays, TimeSpan? Remaining);

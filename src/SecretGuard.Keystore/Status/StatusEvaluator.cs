using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Status;

/// <summary>Computes an entry's status at a given time. Pure; callers pass the clock's now.</summary>
public static class StatusEvaluator
{
    public static EntryStatus Evaluate(KeyEntry entry, DateTimeOffset now, TimeSpan warnWindow)
    {
        if (entry.RevokedAt is not null)
        {
            return EntryStatus.Revoked;
        }

        if (entry.ReplacedBy is not null)
        {
            return entry.OverlapEndsAt is { } end && now < end && !IsExpired(entry, now) ? EntryStatus.Rotating : EntryStatus.Retired;
        }

        if (entry.Leak is not null)
        {
            return EntryStatus.Leaked;
        }

        if (IsExpired(entry, now))
        {
            return EntryStatus.Expired;
        }

        return entry.ExpiresAt is { } expires && expires - now <= warnWindow ? EntryStatus.Expiring : EntryStatus.Healthy;
    }

    public static bool IsExpired(KeyEntry entry, DateTimeOffset now) => entry.ExpiresAt is { } expires && expires <= now;

    /// <summary>Lower-case name used in output and in <c>--status</c>.</summary>
    public static string Name(EntryStatus status) => status.ToString().ToLowerInvariant();
}

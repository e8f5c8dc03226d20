using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Storage;

namespace SecretGuard.Keystore.Status;

/// <summary>Counts for <c>stats</c>: entries by status, kind and service, plus facts about the store file.</summary>
public sealed record KeystoreStats(
    int Total,
    IReadOnlyDictionary<EntryStatus, int> ByStatus,
    IReadOnlyDictionary<EntryKind, int> ByKind,
    IReadOnlyDictionary<string, int> ByService,
    int KeptSecrets,
    uint Generation,
    KeySource KeySource)
{
    public static KeystoreStats Create(KeystoreSnapshot snapshot, DateTimeOffset now, TimeSpan warnWindow)
    {
        var entries = snapshot.Document.Entries;
        return new KeystoreStats(
            entries.Count,
            entries.GroupBy(entry => StatusEvaluator.Evaluate(entry, now, warnWindow)).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Count()),
            entries.GroupBy(entry => entry.Kind).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Count()),
            entries.GroupBy(entry => entry.Service, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal),
            entries.Count(entry => entry.Secret is not null),
            snapshot.Generation,
            snapshot.KeySource);
    }
}

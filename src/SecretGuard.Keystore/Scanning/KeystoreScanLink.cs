using SecretGuard.Core.Findings;
using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore;

/// <summary>
/// Links scanner findings to the keystore. Each finding's secret is matched in memory through the store's keyed
/// hash (the same verifier <c>verify</c> uses); matches gain <see cref="FindingProperties.KeystoreId"/>,
/// <see cref="FindingProperties.KeystoreName"/> and <see cref="FindingProperties.KeystoreStatus"/>. With
/// tracking on, every matched or new credential is recorded as leaked (rule, path, commit, first seen), storing
/// only its verifier, so <c>audit</c> lists it until it is rotated or revoked.
/// </summary>
public sealed class KeystoreScanLink
{
    private readonly KeystoreStorage _storage;
    private readonly TimeProvider _clock;
    private KeystoreVerifier? _verifier;

    private KeystoreScanLink(KeystoreStorage storage, TimeProvider clock, KeystoreVerifier? verifier)
    {
        _storage = storage;
        _clock = clock;
        _verifier = verifier;
    }

    /// <summary>
    /// Opens the store at <paramref name="location"/>. A missing store is an error unless
    /// <paramref name="createIfMissing"/> (pass it when tracking: the first tracked finding creates the store).
    /// Truncated, tampered or wrong-key stores always throw <see cref="KeystoreException"/>.
    /// </summary>
    public static KeystoreScanLink Open(KeystoreLocation location, bool createIfMissing = false, TimeProvider? clock = null)
    {
        var storage = new KeystoreStorage(location);
        clock ??= TimeProvider.System;
        if (!storage.Exists && createIfMissing)
        {
            return new KeystoreScanLink(storage, clock, null);
        }

        return new KeystoreScanLink(storage, clock, new KeystoreVerifier(storage.Read(), clock));
    }

    /// <summary>Returns the findings with keystore properties added to those that match an entry (and, with <paramref name="track"/>, records them).</summary>
    public IReadOnlyList<Finding> Annotate(IReadOnlyList<Finding> findings, bool track)
    {
        var result = new Finding[findings.Count];
        var pending = new List<int>();
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var entry = string.IsNullOrEmpty(finding.Secret) ? null : _verifier?.FindBySecret(finding.Secret);
            result[i] = entry is null ? finding : WithEntry(finding, entry);
            if (track && !string.IsNullOrEmpty(finding.Secret) && NeedsRecording(entry))
            {
                pending.Add(i);
            }
        }

        if (pending.Count == 0)
        {
            return result;
        }

        var recorded = _storage.Update(snapshot => Record(snapshot, findings, pending));
        _verifier = new KeystoreVerifier(_storage.Read(), _clock);
        foreach (var (index, entry) in recorded)
        {
            result[index] = WithEntry(findings[index], entry);
        }

        return result;
    }

    private static bool NeedsRecording(KeyEntry? entry)
        => entry is null || (entry.Leak is null && entry.RevokedAt is null && entry.ReplacedBy is null);

    private List<(int Index, KeyEntry Entry)> Record(KeystoreSnapshot snapshot, IReadOnlyList<Finding> findings, List<int> pending)
    {
        var now = _clock.GetUtcNow();
        var byVerifier = new Dictionary<Verifier, KeyEntry>();
        foreach (var entry in snapshot.Document.Entries)
        {
            byVerifier.TryAdd(Verifier.FromBase64(entry.Verifier), entry);
        }

        var recorded = new List<(int, KeyEntry)>();
        foreach (var index in pending)
        {
            var finding = findings[index];
            var verifier = snapshot.Keys.ComputeVerifier(finding.Secret);
            var leak = new LeakRecord
            {
                RuleId = finding.RuleId,
                Path = finding.Path,
                Commit = finding.GetProperty(FindingProperties.Commit),
                FirstSeen = now,
            };
            if (byVerifier.TryGetValue(verifier, out var existing))
            {
                if (NeedsRecording(existing))
                {
                    existing.Leak = leak;
                }
            }
            else
            {
                existing = new KeyEntry
                {
                    Id = EntryId.New(candidate => snapshot.FindById(candidate) is not null),
                    Name = $"{finding.RuleId} in {FindingFingerprint.NormalizePath(finding.Path)}",
                    Service = "discovered",
                    Kind = EntryKind.Discovered,
                    Verifier = verifier.ToBase64(),
                    CreatedAt = now,
                    Leak = leak,
                };
                snapshot.Document.Entries.Add(existing);
                byVerifier.Add(verifier, existing);
            }

            recorded.Add((index, existing));
        }

        return recorded;
    }

    private Finding WithEntry(Finding finding, KeyEntry entry)
    {
        var status = StatusEvaluator.Evaluate(entry, _clock.GetUtcNow(), TimeSpan.Zero);
        return finding.WithProperties(new[]
        {
            new KeyValuePair<string, string>(FindingProperties.KeystoreId, entry.Id),
            new KeyValuePair<string, string>(FindingProperties.KeystoreName, entry.Name),
            new KeyValuePair<string, string>(FindingProperties.KeystoreStatus, StatusEvaluator.Name(status)),
        });
    }
}

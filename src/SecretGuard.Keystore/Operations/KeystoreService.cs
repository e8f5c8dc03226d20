using SecretGuard.Keystore.Jwt;
using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Operations;

/// <summary>
/// The keystore's operations. Every change is a read-modify-write under the writer lock
/// (<see cref="KeystoreStorage.Update{T}"/>); reads use a snapshot. Time comes from the injected clock.
/// </summary>
public sealed class KeystoreService
{
    public KeystoreService(KeystoreStorage storage, TimeProvider? clock = null)
    {
        Storage = storage;
        Clock = clock ?? TimeProvider.System;
    }

    public KeystoreStorage Storage { get; }

    public TimeProvider Clock { get; }

    public IssuedCredential GenerateApiKey(ApiKeyRequest request)
    {
        RequireNameAndService(request.Name, request.Service);
        if (!ApiKeyFormat.IsValidPrefix(request.Prefix))
        {
            throw Invalid($"prefix '{request.Prefix}' must be 2-16 lower-case letters or digits, starting with a letter");
        }

        RequirePositive(request.ExpiryDays, "--expiry-days");
        return Storage.Update(snapshot =>
        {
            var now = Clock.GetUtcNow();
            var id = EntryId.New(candidate => snapshot.FindById(candidate) is not null);
            var secret = ApiKeyFormat.Create(request.Prefix, id);
            var entry = new KeyEntry
            {
                Id = id,
                Name = request.Name,
                Service = request.Service,
                Kind = EntryKind.ApiKey,
                Verifier = snapshot.Keys.ComputeVerifier(secret).ToBase64(),
                CreatedAt = now,
                ExpiresAt = request.ExpiryDays is { } days ? now.AddDays(days) : null,
                Scopes = request.Scopes.Distinct(StringComparer.Ordinal).ToList(),
                RateLimit = request.RateLimit,
                Prefix = request.Prefix,
                Secret = request.KeepSecret ? secret : null,
            };
            snapshot.Document.Entries.Add(entry);
            return new IssuedCredential(entry, secret);
        });
    }

    public IssuedCredential GenerateJwt(JwtRequest request)
    {
        RequireNameAndService(request.Name, request.Service);
        RequirePositive(request.ExpiryDays, "--expiry-days");
        if (!JwtAlgorithm.IsSupported(request.Algorithm))
        {
            throw Invalid($"algorithm '{request.Algorithm}' is not supported; use {JwtAlgorithm.HS256} or {JwtAlgorithm.ES256}");
        }

        return Storage.Update(snapshot =>
        {
            var now = TruncateToSeconds(Clock.GetUtcNow());
            var entry = new KeyEntry
            {
                Id = EntryId.New(candidate => snapshot.FindById(candidate) is not null),
                Name = request.Name,
                Service = request.Service,
                Kind = EntryKind.Jwt,
                CreatedAt = now,
                NotBefore = now,
                ExpiresAt = now.AddDays(request.ExpiryDays),
                Scopes = request.Scopes.Distinct(StringComparer.Ordinal).ToList(),
                Algorithm = request.Algorithm,
                Claims = new Dictionary<string, string>(request.Claims, StringComparer.Ordinal),
            };
            var token = JwtIssuer.Issue(snapshot.Document, entry);
            entry.Verifier = snapshot.Keys.ComputeVerifier(token).ToBase64();
            entry.Secret = request.KeepSecret ? token : null;
            snapshot.Document.Entries.Add(entry);
            return new IssuedCredential(entry, token);
        });
    }

    public KeyEntry Import(ImportRequest request)
    {
        RequireNameAndService(request.Name, request.Service);
        var value = request.Value.Trim();
        if (value.Length == 0)
        {
            throw Invalid("nothing to import: the value is empty");
        }

        return Storage.Update(snapshot =>
        {
            var entry = NewImportedEntry(snapshot, value, request.Name, request.Service, request.Expires, request.Scopes, request.KeepSecret);
            snapshot.Document.Entries.Add(entry);
            return entry;
        });
    }

    /// <summary>
    /// Issues a replacement for <paramref name="id"/> (same name, service, scopes and lifetime); the old one stays
    /// valid for <paramref name="overlap"/>, then is refused. Imported and discovered credentials were issued
    /// elsewhere, so their replacement value must be given.
    /// </summary>
    public IssuedCredential Rotate(string id, TimeSpan overlap, string? replacementValue = null, bool? keepSecret = null)
    {
        if (overlap < TimeSpan.Zero)
        {
            throw Invalid("--overlap cannot be negative");
        }

        return Storage.Update(snapshot =>
        {
            var old = RequireEntry(snapshot, id);
            if (old.RevokedAt is not null)
            {
                throw Invalid($"{id} is revoked; revocation is permanent, generate a new credential instead");
            }

            if (old.ReplacedBy is not null)
            {
                throw Invalid($"{id} was already rotated to {old.ReplacedBy}");
            }

            var now = TruncateToSeconds(Clock.GetUtcNow());
            var keep = keepSecret ?? old.Secret is not null;
            var lifetime = old.ExpiresAt - old.CreatedAt;
            IssuedCredential issued;
            switch (old.Kind)
            {
                case EntryKind.ApiKey when replacementValue is null:
                {
                    var newId = EntryId.New(candidate => snapshot.FindById(candidate) is not null);
                    var secret = ApiKeyFormat.Create(old.Prefix ?? ApiKeyFormat.DefaultPrefix, newId);
                    var entry = CopyOf(old, newId, now, lifetime);
                    entry.Verifier = snapshot.Keys.ComputeVerifier(secret).ToBase64();
                    entry.Secret = keep ? secret : null;
                    issued = new IssuedCredential(entry, secret);
                    break;
                }

                case EntryKind.Jwt when replacementValue is null:
                {
                    var entry = CopyOf(old, EntryId.New(candidate => snapshot.FindById(candidate) is not null), now, lifetime);
                    entry.NotBefore = now;
                    var token = JwtIssuer.Issue(snapshot.Document, entry);
                    entry.Verifier = snapshot.Keys.ComputeVerifier(token).ToBase64();
                    entry.Secret = keep ? token : null;
                    issued = new IssuedCredential(entry, token);
                    break;
                }

                default:
                {
                    if (string.IsNullOrWhiteSpace(replacementValue))
                    {
                        throw Invalid($"{id} was issued outside SecretGuard ({old.Kind.ToString().ToLowerInvariant()}); rotate it at its provider and pass the new value with --stdin, or revoke it");
                    }

                    var entry = NewImportedEntry(snapshot, replacementValue.Trim(), old.Name, old.Service, null, old.Scopes, keep);
                    issued = new IssuedCredential(entry, replacementValue.Trim());
                    break;
                }
            }

            issued.Entry.Replaces = old.Id;
            old.ReplacedBy = issued.Entry.Id;
            old.OverlapEndsAt = now + overlap;
            snapshot.Document.Entries.Add(issued.Entry);
            return issued;
        });
    }

    /// <summary>Revokes permanently: verify refuses it from now on and nothing un-revokes it.</summary>
    public KeyEntry Revoke(string id, string? reason)
        => Storage.Update(snapshot =>
        {
            var entry = RequireEntry(snapshot, id);
            if (entry.RevokedAt is not null)
            {
                throw Invalid($"{id} was already revoked at {entry.RevokedAt:u}");
            }

            entry.RevokedAt = Clock.GetUtcNow();
            entry.RevokeReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            return entry;
        });

    /// <summary>A verifier over the store as it is now.</summary>
    public KeystoreVerifier CreateVerifier() => new(Storage.Read(), Clock);

    private KeyEntry NewImportedEntry(KeystoreSnapshot snapshot, string value, string name, string service, DateTimeOffset? expires, IEnumerable<string> scopes, bool keepSecret)
    {
        var existing = snapshot.FindBySecret(value);
        if (existing is not null)
        {
            throw Invalid($"this value is already in the store as {existing.Id} ({existing.Name})");
        }

        DateTimeOffset? notBefore = null;
        if (JwtInspection.TryRead(value, out var token))
        {
            expires ??= JwtInspection.ExpiresAt(token!);
            notBefore = JwtInspection.NotBefore(token!);
        }

        return new KeyEntry
        {
            Id = EntryId.New(candidate => snapshot.FindById(candidate) is not null),
            Name = name,
            Service = service,
            Kind = EntryKind.Imported,
            Verifier = snapshot.Keys.ComputeVerifier(value).ToBase64(),
            CreatedAt = Clock.GetUtcNow(),
            ExpiresAt = expires,
            NotBefore = notBefore,
            Scopes = scopes.Distinct(StringComparer.Ordinal).ToList(),
            Secret = keepSecret ? value : null,
        };
    }

    private static KeyEntry CopyOf(KeyEntry old, string id, DateTimeOffset now, TimeSpan? lifetime)
        => new()
        {
            Id = id,
            Name = old.Name,
            Service = old.Service,
            Kind = old.Kind,
            CreatedAt = now,
            ExpiresAt = lifetime is { } span ? now + span : null,
            Scopes = old.Scopes.ToList(),
            RateLimit = old.RateLimit,
            Prefix = old.Prefix,
            Algorithm = old.Algorithm,
            Claims = old.Claims is null ? null : new Dictionary<string, string>(old.Claims, StringComparer.Ordinal),
        };

    private static KeyEntry RequireEntry(KeystoreSnapshot snapshot, string id)
        => snapshot.FindById(id) ?? throw Invalid($"no entry with id '{id}' (see 'secretguard keystore list')");

    private static void RequireNameAndService(string name, string service)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(service))
        {
            throw Invalid("--name and --service are required and cannot be empty");
        }
    }

    private static void RequirePositive(int? value, string option)
    {
        if (value is <= 0)
        {
            throw Invalid($"{option} must be a positive number of days");
        }
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time)
        => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private static KeystoreException Invalid(string message) => new(KeystoreErrorKind.InvalidOperation, message);
}

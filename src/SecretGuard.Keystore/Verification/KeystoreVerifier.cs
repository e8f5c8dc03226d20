using System.Runtime.CompilerServices;
using SecretGuard.Keystore.Jwt;
using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;
using SecretGuard.Keystore.Storage;

namespace SecretGuard.Keystore.Verification;

/// <summary>
/// Verifies presented credentials against one snapshot of the store. API keys are found by their embedded key
/// id, JWTs by their <c>jti</c> and signature, anything else by its keyed hash; never by scanning every entry.
/// Verifiers are compared in constant time. Thread-safe once built.
/// </summary>
public sealed class KeystoreVerifier
{
    private readonly KeystoreSnapshot _snapshot;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (KeyEntry Entry, Verifier Verifier)> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (KeyEntry Entry, Verifier Verifier)>.AlternateLookup<ReadOnlySpan<char>> _byIdSpan;
    private readonly Dictionary<Verifier, KeyEntry> _byVerifier = new();

    public KeystoreVerifier(KeystoreSnapshot snapshot, TimeProvider? clock = null)
    {
        _snapshot = snapshot;
        _clock = clock ?? TimeProvider.System;
        foreach (var entry in snapshot.Document.Entries)
        {
            var verifier = Verifier.FromBase64(entry.Verifier);
            _byId[entry.Id] = (entry, verifier);
            _byVerifier.TryAdd(verifier, entry);
        }

        _byIdSpan = _byId.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Finds the entry whose verifier matches <paramref name="secret"/> (one HMAC, one dictionary lookup).</summary>
    public KeyEntry? FindBySecret(string secret)
        => _byVerifier.TryGetValue(_snapshot.Keys.ComputeVerifier(secret), out var entry) ? entry : null;

    public VerifyResult Verify(string value, string? scope = null)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return new VerifyResult(VerifyOutcome.Invalid, "empty value");
        }

        switch (ApiKeyFormat.Parse(value.AsSpan(), out var keyId))
        {
            case ApiKeyParse.BadChecksum:
                return new VerifyResult(VerifyOutcome.Invalid, "checksum mismatch: not a key this store issued, or mistyped");
            case ApiKeyParse.Valid when _byIdSpan.TryGetValue(keyId, out var candidate) && candidate.Entry.Kind == EntryKind.ApiKey:
                return candidate.Verifier.FixedTimeEquals(_snapshot.Keys.ComputeVerifier(value))
                    ? Evaluate(candidate.Entry, scope, null)
                    : new VerifyResult(VerifyOutcome.Invalid, "key id is known but the key does not match");
        }

        if (JwtInspection.LooksLikeJwt(value) && VerifyIssuedJwt(value, scope) is { } jwtResult)
        {
            return jwtResult;
        }

        var entry = FindBySecret(value);
        return entry is null
            ? new VerifyResult(VerifyOutcome.Invalid, "not a credential this store knows")
            : Evaluate(entry, scope, null);
    }

    /// <summary>JWTs this store signed (found by <c>jti</c>); null when the token is not one of ours. Kept apart so API-key verification never loads the JWT library.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private VerifyResult? VerifyIssuedJwt(string value, string? scope)
    {
        if (!JwtInspection.TryRead(value, out var token) || !_byId.TryGetValue(token!.Id ?? string.Empty, out var issued) || issued.Entry.Kind != EntryKind.Jwt)
        {
            return null;
        }

        if (!JwtInspection.HasValidSignature(_snapshot.Document, issued.Entry, value))
        {
            return new VerifyResult(VerifyOutcome.Invalid, "JWT signature does not verify with the store's key");
        }

        var now = _clock.GetUtcNow();
        if (JwtInspection.NotBefore(token) is { } nbf && now < nbf)
        {
            return new VerifyResult(VerifyOutcome.Invalid, $"JWT not valid before {nbf:u}", issued.Entry);
        }

        if (JwtInspection.ExpiresAt(token) is { } exp && exp <= now)
        {
            return new VerifyResult(VerifyOutcome.Expired, $"JWT expired at {exp:u}", issued.Entry);
        }

        return Evaluate(issued.Entry, scope, null);
    }

    private VerifyResult Evaluate(KeyEntry entry, string? scope, string? warning)
    {
        var now = _clock.GetUtcNow();
        switch (StatusEvaluator.Evaluate(entry, now, TimeSpan.Zero))
        {
            case EntryStatus.Revoked:
                return new VerifyResult(VerifyOutcome.Revoked, $"revoked at {entry.RevokedAt:u}" + (entry.RevokeReason is null ? string.Empty : $": {entry.RevokeReason}"), entry);
            case EntryStatus.Retired:
                return StatusEvaluator.IsExpired(entry, now)
                    ? new VerifyResult(VerifyOutcome.Expired, $"expired at {entry.ExpiresAt:u}", entry)
                    : new VerifyResult(VerifyOutcome.Expired, $"rotated to {entry.ReplacedBy}; the overlap window ended at {entry.OverlapEndsAt:u}", entry);
            case EntryStatus.Rotating:
                warning = $"rotated to {entry.ReplacedBy}; accepted until {entry.OverlapEndsAt:u}";
                break;
            case EntryStatus.Expired:
                return new VerifyResult(VerifyOutcome.Expired, $"expired at {entry.ExpiresAt:u}", entry);
        }

        if (entry.Kind == EntryKind.Discovered)
        {
            return new VerifyResult(VerifyOutcome.Leaked, $"a leaked credential the scanner found in {entry.Leak?.Path}; not issued by this store", entry);
        }

        if (StatusEvaluator.IsExpired(entry, now))
        {
            return new VerifyResult(VerifyOutcome.Expired, $"expired at {entry.ExpiresAt:u}", entry);
        }

        if (entry.NotBefore is { } notBefore && now < notBefore)
        {
            return new VerifyResult(VerifyOutcome.Invalid, $"not valid before {notBefore:u}", entry);
        }

        if (!string.IsNullOrEmpty(scope) && !entry.Scopes.Contains(scope, StringComparer.Ordinal))
        {
            return new VerifyResult(VerifyOutcome.OutOfScope, $"does not carry scope '{scope}'", entry);
        }

        if (entry.Leak is not null)
        {
            warning = $"found by the scanner in {entry.Leak.Path}; rotate or revoke it";
        }

        return new VerifyResult(VerifyOutcome.Valid, "valid", entry) { Warning = warning };
    }
}

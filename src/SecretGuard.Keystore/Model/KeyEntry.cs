namespace SecretGuard.Keystore.Model;

/// <summary>One credential the store knows. It holds a verifier, never the secret, unless the user asked to keep the secret.</summary>
public sealed class KeyEntry
{
    /// <summary>Short public id (8 base62 characters). For API keys it is the key id embedded in the key.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Service { get; set; } = "";

    public EntryKind Kind { get; set; }

    /// <summary>Base64 HMAC-SHA-256 of the secret under the store's verifier key.</summary>
    public string Verifier { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? NotBefore { get; set; }

    public List<string> Scopes { get; set; } = new();

    public int? RateLimit { get; set; }

    /// <summary>API key prefix (for rotation), e.g. <c>sgk</c>.</summary>
    public string? Prefix { get; set; }

    /// <summary>JWT signing algorithm (HS256 or ES256) and the claims to re-issue on rotation.</summary>
    public string? Algorithm { get; set; }

    public Dictionary<string, string>? Claims { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokeReason { get; set; }

    /// <summary>Set on the old entry when rotated: the replacement's id and the end of the overlap window.</summary>
    public string? ReplacedBy { get; set; }

    public DateTimeOffset? OverlapEndsAt { get; set; }

    /// <summary>Set on a replacement: the id of the entry it replaced.</summary>
    public string? Replaces { get; set; }

    /// <summary>Set when the scanner found this credential in code or history.</summary>
    public LeakRecord? Leak { get; set; }

    /// <summary>The secret value, only when the user asked the store to keep it (<c>--keep-secret</c>); encrypted with the store.</summary>
    public string? Secret { get; set; }
}

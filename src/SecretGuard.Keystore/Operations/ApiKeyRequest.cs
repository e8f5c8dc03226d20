namespace SecretGuard.Keystore.Operations;

/// <summary>What <c>generate api-key</c> asks for.</summary>
public sealed record ApiKeyRequest(string Name, string Service)
{
    public int? ExpiryDays { get; init; }

    public string Prefix { get; init; } = Keys.ApiKeyFormat.DefaultPrefix;

    public IReadOnlyList<string> Scopes { get; init; } = Array.Empty<string>();

    public int? RateLimit { get; init; }

    /// <summary>Keep the secret (encrypted) so <c>export</c> can emit it later. Off by default: only the verifier is stored.</summary>
    public bool KeepSecret { get; init; }
}

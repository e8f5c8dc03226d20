using SecretGuard.Keystore.Jwt;

namespace SecretGuard.Keystore.Operations;

/// <summary>What <c>generate jwt</c> asks for.</summary>
public sealed record JwtRequest(string Name, string Service, int ExpiryDays)
{
    public IReadOnlyDictionary<string, string> Claims { get; init; } = new Dictionary<string, string>();

    public string Algorithm { get; init; } = JwtAlgorithm.HS256;

    public IReadOnlyList<string> Scopes { get; init; } = Array.Empty<string>();

    public bool KeepSecret { get; init; }
}

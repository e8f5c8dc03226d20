using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Jwt;

/// <summary>Signs JWTs with the store's key. The entry id is the token's <c>jti</c>, so verify finds the entry without scanning.</summary>
internal static class JwtIssuer
{
    public static string Issue(KeystoreDocument document, KeyEntry entry)
    {
        var algorithm = entry.Algorithm ?? JwtAlgorithm.HS256;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in entry.Claims ?? new Dictionary<string, string>())
        {
            claims[name] = value;
        }

        claims[JwtRegisteredClaimNames.Jti] = entry.Id;
        if (entry.Scopes.Count > 0)
        {
            claims["scope"] = string.Join(' ', entry.Scopes);
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = entry.CreatedAt.UtcDateTime,
            NotBefore = (entry.NotBefore ?? entry.CreatedAt).UtcDateTime,
            Expires = entry.ExpiresAt?.UtcDateTime,
            SigningCredentials = new SigningCredentials(JwtSigningKeys.GetOrCreate(document, algorithm), JwtSigningKeys.SecurityAlgorithmFor(algorithm)),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(descriptor);
    }
}

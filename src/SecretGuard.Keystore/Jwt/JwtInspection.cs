using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Jwt;

/// <summary>Reads and checks JWTs: structure, the store's signature, and the registered time claims.</summary>
internal static class JwtInspection
{
    /// <summary>Cheap shape test (no JWT library involved): starts like a JSON header and has exactly two dots.</summary>
    public static bool LooksLikeJwt(string value)
        => value.Length >= 10 && value.StartsWith("eyJ", StringComparison.Ordinal) && value.AsSpan().Count('.') == 2;

    /// <summary>True when <paramref name="value"/> has the three base64url segments of a JWS and a readable header and payload.</summary>
    public static bool TryRead(string value, out JsonWebToken? token)
    {
        token = null;
        if (!LooksLikeJwt(value))
        {
            return false;
        }

        try
        {
            token = new JsonWebToken(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (SecurityTokenException)
        {
            return false;
        }
    }

    public static DateTimeOffset? ExpiresAt(JsonWebToken token)
        => token.ValidTo == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc));

    public static DateTimeOffset? NotBefore(JsonWebToken token)
        => token.ValidFrom == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(token.ValidFrom, DateTimeKind.Utc));

    /// <summary>Checks the signature with the store's key for the entry's algorithm; lifetimes are checked by the caller's clock.</summary>
    public static bool HasValidSignature(KeystoreDocument document, KeyEntry entry, string value)
    {
        var algorithm = entry.Algorithm ?? JwtAlgorithm.HS256;
        var key = JwtSigningKeys.Get(document, algorithm);
        if (key is null)
        {
            return false;
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = new[] { JwtSigningKeys.SecurityAlgorithmFor(algorithm) },
            RequireSignedTokens = true,
            RequireExpirationTime = false,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            ValidateIssuerSigningKey = false,
            TryAllIssuerSigningKeys = false,
        };
        var result = new JsonWebTokenHandler().ValidateTokenAsync(value, parameters).GetAwaiter().GetResult();
        return result.IsValid;
    }
}

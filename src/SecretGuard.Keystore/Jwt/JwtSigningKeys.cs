using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Jwt;

/// <summary>The store's JWT signing keys, held inside the encrypted document and created on first use.</summary>
internal static class JwtSigningKeys
{
    public static SecurityKey GetOrCreate(KeystoreDocument document, string algorithm)
    {
        if (algorithm == JwtAlgorithm.ES256)
        {
            document.JwtEcdsaKey ??= CreateEcdsaKey();
            return Get(document, algorithm)!;
        }

        document.JwtHmacKey ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return Get(document, algorithm)!;
    }

    public static SecurityKey? Get(KeystoreDocument document, string algorithm)
    {
        if (algorithm == JwtAlgorithm.ES256)
        {
            if (document.JwtEcdsaKey is null)
            {
                return null;
            }

            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(document.JwtEcdsaKey), out _);
            return new ECDsaSecurityKey(ecdsa) { KeyId = "secretguard-es256" };
        }

        return document.JwtHmacKey is null
            ? null
            : new SymmetricSecurityKey(Convert.FromBase64String(document.JwtHmacKey)) { KeyId = "secretguard-hs256" };
    }

    public static string SecurityAlgorithmFor(string algorithm)
        => algorithm == JwtAlgorithm.ES256 ? SecurityAlgorithms.EcdsaSha256 : SecurityAlgorithms.HmacSha256;

    private static string CreateEcdsaKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey());
    }
}

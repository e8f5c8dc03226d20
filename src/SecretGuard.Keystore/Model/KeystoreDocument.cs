namespace SecretGuard.Keystore.Model;

/// <summary>The decrypted contents of a store.</summary>
public sealed class KeystoreDocument
{
    public int Version { get; set; } = 1;

    /// <summary>HS256 signing key (base64), created when the first HS256 JWT is generated.</summary>
    public string? JwtHmacKey { get; set; }

    /// <summary>ES256 signing key (PKCS#8, base64), created when the first ES256 JWT is generated.</summary>
    public string? JwtEcdsaKey { get; set; }

    public List<KeyEntry> Entries { get; set; } = new();
}

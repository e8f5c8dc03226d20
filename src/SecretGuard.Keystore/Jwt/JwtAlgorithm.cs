namespace SecretGuard.Keystore.Jwt;

/// <summary>The JWT signing algorithms the store issues.</summary>
public static class JwtAlgorithm
{
    public const string HS256 = "HS256";
    public const string ES256 = "ES256";

    public static bool IsSupported(string algorithm) => algorithm is HS256 or ES256;
}

namespace SecretGuard.Keystore.Keys;

/// <summary>Outcome of reading a value as a SecretGuard API key.</summary>
public enum ApiKeyParse
{
    NotAnApiKey,
    BadChecksum,
    Valid,
}

namespace SecretGuard.Keystore.Model;

/// <summary>How an entry came into the store.</summary>
public enum EntryKind
{
    /// <summary>An API key this store generated (<c>prefix_keyid_random+checksum</c>).</summary>
    ApiKey,

    /// <summary>A JWT this store signed.</summary>
    Jwt,

    /// <summary>A credential issued elsewhere and imported by value.</summary>
    Imported,

    /// <summary>A credential the scanner found in code or history (<c>--track</c>); only its verifier is kept.</summary>
    Discovered,
}

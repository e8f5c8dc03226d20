namespace SecretGuard.Keystore.Verification;

/// <summary>
/// The answer to "is this credential good?", with the <c>verify</c> exit code as its value. 0 only when valid;
/// 2 stays the CLI's usage/runtime error code, so refusals start at 3.
/// </summary>
public enum VerifyOutcome
{
    Valid = 0,

    /// <summary>Unknown to the store, bad checksum, bad signature, or not yet valid (nbf).</summary>
    Invalid = 3,

    /// <summary>Past its expiry, or replaced by rotation and past the overlap window.</summary>
    Expired = 4,

    /// <summary>Revoked.</summary>
    Revoked = 5,

    /// <summary>Known and current, but it does not carry the scope asked for.</summary>
    OutOfScope = 6,

    /// <summary>A credential the scanner discovered (not issued or imported): known compromised, never accepted.</summary>
    Leaked = 7,
}

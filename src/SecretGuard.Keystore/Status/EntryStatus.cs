namespace SecretGuard.Keystore.Status;

/// <summary>Where an entry stands at a moment, in order of precedence (a revoked key is only ever REVOKED).</summary>
public enum EntryStatus
{
    /// <summary>Revoked by the user; refused permanently.</summary>
    Revoked,

    /// <summary>Replaced by rotation and past its overlap window; refused.</summary>
    Retired,

    /// <summary>Replaced by rotation, still accepted until the overlap window ends.</summary>
    Rotating,

    /// <summary>Found by the scanner in code or history, not yet rotated or revoked.</summary>
    Leaked,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Expires within the widest warning window.</summary>
    Expiring,

    /// <summary>Valid, nothing to do.</summary>
    Healthy,
}

namespace SecretGuard.Keystore.Audit;

/// <summary>The groups <c>audit</c> sorts entries into. The first four can fail a CI gate (<c>--fail-on</c>).</summary>
public enum AuditGroup
{
    Expired,
    Expiring,
    Revoked,
    Leaked,
    Healthy,

    /// <summary>Replaced by rotation (in or past the overlap window): handled, informational.</summary>
    Rotated,
}

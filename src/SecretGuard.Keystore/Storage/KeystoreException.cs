namespace SecretGuard.Keystore.Storage;

/// <summary>A keystore error with a user-facing message. Messages never contain secret values.</summary>
public sealed class KeystoreException : Exception
{
    public KeystoreException(KeystoreErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    public KeystoreErrorKind Kind { get; }
}

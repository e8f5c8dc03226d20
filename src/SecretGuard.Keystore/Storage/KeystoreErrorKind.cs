namespace SecretGuard.Keystore.Storage;

/// <summary>Why a keystore could not be read or written. Each kind has its own message so a user can tell them apart.</summary>
public enum KeystoreErrorKind
{
    /// <summary>No store file at the path.</summary>
    NotFound,

    /// <summary>The file does not start with the keystore magic bytes.</summary>
    NotAKeystore,

    /// <summary>The header names a format version this build does not read.</summary>
    UnsupportedVersion,

    /// <summary>The file is shorter than its header says (an interrupted copy, a 0-byte file).</summary>
    Truncated,

    /// <summary>The key (key file or passphrase) does not open this store.</summary>
    WrongKey,

    /// <summary>The key is right but the contents fail authentication: the file was altered.</summary>
    Tampered,

    /// <summary>The key file or passphrase is missing, unreadable or unsafe.</summary>
    KeyUnavailable,

    /// <summary>Another writer held the lock for longer than the timeout.</summary>
    LockTimeout,

    /// <summary>A request the store cannot satisfy (unknown id, duplicate value, bad argument).</summary>
    InvalidOperation,
}

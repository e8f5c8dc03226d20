namespace SecretGuard.Keystore.Storage;

/// <summary>
/// Where the store and its key live. Resolution order for each path: explicit argument, then environment
/// (<c>SECRETGUARD_KEYSTORE</c>, <c>SECRETGUARD_KEYSTORE_KEY_FILE</c>), then <c>~/.secretguard/keystore.sgks</c> and
/// <c>~/.secretguard/keystore.key</c>. A passphrase (<c>SECRETGUARD_KEYSTORE_PASSPHRASE</c>) replaces the key file.
/// </summary>
public sealed record KeystoreLocation
{
    public const string StoreVariable = "SECRETGUARD_KEYSTORE";
    public const string KeyFileVariable = "SECRETGUARD_KEYSTORE_KEY_FILE";
    public const string PassphraseVariable = "SECRETGUARD_KEYSTORE_PASSPHRASE";

    public KeystoreLocation(string storePath, string keyFilePath, string? passphrase = null)
    {
        StorePath = Path.GetFullPath(storePath);
        KeyFilePath = Path.GetFullPath(keyFilePath);
        Passphrase = string.IsNullOrEmpty(passphrase) ? null : passphrase;
    }

    /// <summary>The encrypted store file.</summary>
    public string StorePath { get; }

    /// <summary>The 32-byte key file (created 0600 with a new store when no passphrase is set).</summary>
    public string KeyFilePath { get; }

    /// <summary>When set, new stores are encrypted with a key derived from it (PBKDF2-SHA256), and no key file is used.</summary>
    public string? Passphrase { get; }

    /// <summary>How long a writer waits for the lock file before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>PBKDF2 iterations for new passphrase stores (the count is recorded in the header).</summary>
    public int PassphraseIterations { get; init; } = PassphraseKey.DefaultIterations;

    /// <summary>The lock file that serialises writers.</summary>
    public string LockPath => StorePath + ".lock";

    /// <summary>Resolves paths from arguments, then the environment, then the defaults under the home folder.</summary>
    public static KeystoreLocation Resolve(string? storePath = null, string? keyFilePath = null)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folder = Path.Combine(home, ".secretguard");
        var store = FirstNonEmpty(storePath, Environment.GetEnvironmentVariable(StoreVariable)) ?? Path.Combine(folder, "keystore.sgks");
        var key = FirstNonEmpty(keyFilePath, Environment.GetEnvironmentVariable(KeyFileVariable)) ?? Path.Combine(folder, "keystore.key");
        return new KeystoreLocation(store, key, Environment.GetEnvironmentVariable(PassphraseVariable));
    }

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}

using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Storage;

/// <summary>A decrypted store as read at one moment: its document, the keys derived for it and its write generation.</summary>
public sealed class KeystoreSnapshot
{
    internal KeystoreSnapshot(KeystoreDocument document, KeystoreKeys keys, uint generation)
    {
        Document = document;
        Keys = keys;
        Generation = generation;
    }

    public KeystoreDocument Document { get; }

    public KeystoreKeys Keys { get; }

    /// <summary>How many times the store has been written (0 for a store not yet on disk).</summary>
    public uint Generation { get; }

    internal KeystoreHeader? Header { get; init; }

    /// <summary>Whether the store is opened with a key file or a passphrase.</summary>
    public KeySource KeySource => Header?.Source ?? KeySource.KeyFile;

    public KeyEntry? FindById(string id)
        => Document.Entries.Find(entry => string.Equals(entry.Id, id, StringComparison.Ordinal));

    public KeyEntry? FindBySecret(string secret)
    {
        var verifier = Keys.ComputeVerifier(secret);
        return Document.Entries.Find(entry => Verifier.FromBase64(entry.Verifier).FixedTimeEquals(verifier));
    }
}

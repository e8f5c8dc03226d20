namespace SecretGuard.Keystore.Storage;

/// <summary>Where the master key of a store comes from; recorded in the header.</summary>
public enum KeySource : byte
{
    KeyFile = 1,
    Passphrase = 2,
}

using System.Security.Cryptography;

namespace SecretGuard.Keystore.Storage;

/// <summary>Derives a master key from a passphrase with PBKDF2-HMAC-SHA256. Nothing is cached on disk.</summary>
public static class PassphraseKey
{
    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    public static byte[] Derive(string passphrase, ReadOnlySpan<byte> salt, int iterations)
        => Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, iterations, HashAlgorithmName.SHA256, KeystoreKeys.MasterKeyLength);
}

using System.Security.Cryptography;
using System.Text.Json;
using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Storage;

/// <summary>
/// Reads and writes the one store file. Reads need no lock (writes are atomic renames, so a reader sees the old
/// or the new file). <see cref="Update{T}"/> takes the writer lock, re-reads, applies the change and replaces
/// the file atomically. A file that is truncated, altered or opened with the wrong key raises a
/// <see cref="KeystoreException"/> and is never overwritten.
/// </summary>
public sealed class KeystoreStorage
{
    private KeystoreKeys? _cachedKeys;
    private byte[]? _cachedSalt;
    private KeySource _cachedSource;

    public KeystoreStorage(KeystoreLocation location)
    {
        Location = location;
    }

    public KeystoreLocation Location { get; }

    public bool Exists => File.Exists(Location.StorePath);

    /// <summary>Reads and decrypts the store; throws <see cref="KeystoreErrorKind.NotFound"/> when there is none.</summary>
    public KeystoreSnapshot Read()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Location.StorePath);
        }
        catch (FileNotFoundException)
        {
            throw new KeystoreException(KeystoreErrorKind.NotFound, $"no keystore at {Location.StorePath}; create one with 'secretguard keystore generate' or 'import' (or set --store / {KeystoreLocation.StoreVariable})");
        }
        catch (DirectoryNotFoundException)
        {
            throw new KeystoreException(KeystoreErrorKind.NotFound, $"no keystore at {Location.StorePath}; create one with 'secretguard keystore generate' or 'import' (or set --store / {KeystoreLocation.StoreVariable})");
        }

        return Decode(bytes);
    }

    /// <summary>Applies <paramref name="change"/> under the writer lock and writes the result; creates the store when missing.</summary>
    public T Update<T>(Func<KeystoreSnapshot, T> change)
    {
        using var writerLock = WriterLock.Acquire(Location.LockPath, Location.LockTimeout);
        AtomicFile.RemoveStaleTemps(Location.StorePath);
        var current = Exists ? Read() : CreateEmpty();
        var result = change(current);
        Write(current);
        return result;
    }

    internal KeystoreSnapshot Decode(byte[] bytes)
    {
        var path = Location.StorePath;
        var header = KeystoreHeader.Parse(bytes, path);
        var keys = KeysFor(header.Source, header.Salt, header.Iterations);
        if (!CryptographicOperations.FixedTimeEquals(keys.KeyCheck, header.KeyCheck))
        {
            var what = header.Source == KeySource.Passphrase
                ? $"the passphrase in {KeystoreLocation.PassphraseVariable}"
                : $"the key file {Location.KeyFilePath}";
            throw new KeystoreException(KeystoreErrorKind.WrongKey, $"{what} does not open {path} (wrong key, or the header was altered); it was not modified");
        }

        var ciphertext = bytes.AsSpan(KeystoreHeader.Size, header.CiphertextLength);
        var tag = bytes.AsSpan(KeystoreHeader.Size + header.CiphertextLength, KeystoreHeader.TagLength);
        var plaintext = new byte[header.CiphertextLength];
        try
        {
            using var aes = new AesGcm(keys.PayloadKey, KeystoreHeader.TagLength);
            aes.Decrypt(header.Nonce, ciphertext, tag, plaintext, bytes.AsSpan(0, KeystoreHeader.Size));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new KeystoreException(KeystoreErrorKind.Tampered, $"{path} failed authentication: its contents were altered after it was written; it was not modified. Restore it from a backup.", exception);
        }

        KeystoreDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(plaintext, KeystoreJsonContext.Default.KeystoreDocument);
        }
        catch (JsonException exception)
        {
            throw new KeystoreException(KeystoreErrorKind.Tampered, $"{path} decrypted but its contents are not a keystore document", exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }

        if (document is null)
        {
            throw new KeystoreException(KeystoreErrorKind.Tampered, $"{path} decrypted but its contents are empty");
        }

        return new KeystoreSnapshot(document, keys, header.Generation) { Header = header };
    }

    private KeystoreSnapshot CreateEmpty()
    {
        var salt = RandomNumberGenerator.GetBytes(KeystoreHeader.SaltLength);
        var source = Location.Passphrase is null ? KeySource.KeyFile : KeySource.Passphrase;
        var iterations = source == KeySource.Passphrase ? Location.PassphraseIterations : 0;
        var keys = KeysFor(source, salt, iterations);
        var header = new KeystoreHeader
        {
            Source = source,
            Iterations = iterations,
            Salt = salt,
            KeyCheck = keys.KeyCheck,
            Nonce = new byte[KeystoreHeader.NonceLength],
            Generation = 0,
            CiphertextLength = 0,
        };
        return new KeystoreSnapshot(new KeystoreDocument(), keys, 0) { Header = header };
    }

    private void Write(KeystoreSnapshot snapshot)
    {
        var previous = snapshot.Header!;
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(snapshot.Document, KeystoreJsonContext.Default.KeystoreDocument);
        var header = new KeystoreHeader
        {
            Source = previous.Source,
            Iterations = previous.Iterations,
            Salt = previous.Salt,
            KeyCheck = snapshot.Keys.KeyCheck,
            Nonce = RandomNumberGenerator.GetBytes(KeystoreHeader.NonceLength),
            Generation = previous.Generation + 1,
            CiphertextLength = plaintext.Length,
        };

        var file = new byte[KeystoreHeader.Size + plaintext.Length + KeystoreHeader.TagLength];
        header.Write(file);
        using (var aes = new AesGcm(snapshot.Keys.PayloadKey, KeystoreHeader.TagLength))
        {
            aes.Encrypt(
                header.Nonce,
                plaintext,
                file.AsSpan(KeystoreHeader.Size, plaintext.Length),
                file.AsSpan(KeystoreHeader.Size + plaintext.Length, KeystoreHeader.TagLength),
                file.AsSpan(0, KeystoreHeader.Size));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        StoreDirectory.Ensure(Path.GetDirectoryName(Location.StorePath)!);
        AtomicFile.Replace(Location.StorePath, file);
    }

    private KeystoreKeys KeysFor(KeySource source, byte[] salt, int iterations)
    {
        if (_cachedKeys is not null && _cachedSource == source && _cachedSalt.AsSpan().SequenceEqual(salt))
        {
            return _cachedKeys;
        }

        byte[] master;
        if (source == KeySource.Passphrase)
        {
            if (Location.Passphrase is null)
            {
                throw new KeystoreException(KeystoreErrorKind.KeyUnavailable, $"{Location.StorePath} is protected by a passphrase; set {KeystoreLocation.PassphraseVariable}");
            }

            master = PassphraseKey.Derive(Location.Passphrase, salt, iterations);
        }
        else
        {
            master = File.Exists(Location.StorePath) ? KeyFile.Read(Location.KeyFilePath) : KeyFile.ReadOrCreate(Location.KeyFilePath);
        }

        var keys = new KeystoreKeys(master, salt);
        CryptographicOperations.ZeroMemory(master);
        _cachedKeys = keys;
        _cachedSalt = salt;
        _cachedSource = source;
        return keys;
    }
}

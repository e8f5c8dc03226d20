using System.Security.Cryptography;

namespace SecretGuard.Keystore.Storage;

/// <summary>The 32 random bytes of a key-file store. Created with mode 0600; refused when others can read it.</summary>
public static class KeyFile
{
    public static byte[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new KeystoreException(KeystoreErrorKind.KeyUnavailable, $"key file not found: {path} (set --key-file, {KeystoreLocation.KeyFileVariable} or {KeystoreLocation.PassphraseVariable})");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
            if ((mode & others) != 0)
            {
                throw new KeystoreException(KeystoreErrorKind.KeyUnavailable, $"key file {path} is accessible by other users; run: chmod 600 {path}");
            }
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != KeystoreKeys.MasterKeyLength)
        {
            throw new KeystoreException(KeystoreErrorKind.KeyUnavailable, $"key file {path} is not a keystore key (expected {KeystoreKeys.MasterKeyLength} bytes, found {bytes.Length})");
        }

        return bytes;
    }

    /// <summary>Reads the key file, creating it (0600, never overwriting) when it does not exist.</summary>
    public static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Read(path);
        }

        StoreDirectory.Ensure(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeystoreKeys.MasterKeyLength);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(key);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return Read(path);
        }

        DirectorySync.Flush(Path.GetDirectoryName(path)!);
        return key;
    }
}

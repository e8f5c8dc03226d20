namespace SecretGuard.Keystore.Storage;

/// <summary>Creates the folder that holds a store or key file (0700 on Unix).</summary>
internal static class StoreDirectory
{
    public static void Ensure(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

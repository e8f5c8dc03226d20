using System.Runtime.InteropServices;

namespace SecretGuard.Keystore.Storage;

/// <summary>
/// Flushes a folder's entries to disk so a completed rename survives power loss (POSIX <c>fsync</c> on the
/// directory). Windows has no equivalent for directories; NTFS journals the rename itself.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = NativeMethods.open(directory, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"cannot open folder {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (NativeMethods.fsync(fd) != 0)
            {
                throw new IOException($"fsync of folder {directory} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = NativeMethods.close(fd);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);
    }
}

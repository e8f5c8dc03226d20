using System.Diagnostics;

namespace SecretGuard.Keystore.Storage;

/// <summary>
/// An exclusive lock on <c>&lt;store&gt;.lock</c> (an OS file lock: released when the holder exits or is killed).
/// Writers take it around read-modify-write so no update is lost.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _stream;

    private WriterLock(FileStream stream)
    {
        _stream = stream;
    }

    public static WriterLock Acquire(string lockPath, TimeSpan timeout)
    {
        StoreDirectory.Ensure(Path.GetDirectoryName(lockPath)!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(lockPath, options));
            }
            catch (IOException) when (watch.Elapsed < timeout)
            {
                Thread.Sleep(Random.Shared.Next(1, 8));
            }
            catch (IOException exception)
            {
                throw new KeystoreException(
                    KeystoreErrorKind.LockTimeout,
                    $"another process has held the keystore lock {lockPath} for more than {timeout.TotalSeconds:0.#} s; try again, or check for a stuck secretguard process",
                    exception);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

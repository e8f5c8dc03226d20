using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Storage;

namespace SecretGuard.Keystore.Tests.Support;

/// <summary>A store and key file in a fresh temp folder, deleted on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public TempStore(string? passphrase = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-keystore-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Location = new KeystoreLocation(Path.Combine(Folder, "store.sgks"), Path.Combine(Folder, "store.key"), passphrase) { PassphraseIterations = 1_000, LockTimeout = TimeSpan.FromSeconds(60) };
        Clock = new ManualClock(Start);
    }

    public string Folder { get; }

    public KeystoreLocation Location { get; }

    public ManualClock Clock { get; }

    public string StorePath => Location.StorePath;

    public KeystoreStorage NewStorage() => new(Location);

    public KeystoreService NewService() => new(NewStorage(), Clock);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Text;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Tests.Support;

namespace SecretGuard.Keystore.Tests;

public sealed class StorageTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void First_write_creates_key_file_and_store_readable_only_by_owner()
    {
        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));

        Assert.Equal(32, new FileInfo(_store.Location.KeyFilePath).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_store.Location.KeyFilePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_store.StorePath));
        }
    }

    [Fact]
    public void Entries_survive_a_round_trip_through_the_encrypted_file()
    {
        var issued = _store.NewService().GenerateApiKey(new ApiKeyRequest("billing", "payments") { Scopes = new[] { "read" }, RateLimit = 60, ExpiryDays = 10 });

        var entry = Assert.Single(_store.NewStorage().Read().Document.Entries);
        Assert.Equal(issued.Entry.Id, entry.Id);
        Assert.Equal("payments", entry.Service);
        Assert.Equal(new[] { "read" }, entry.Scopes);
        Assert.Equal(60, entry.RateLimit);
        Assert.Equal(TempStore.Start.AddDays(10), entry.ExpiresAt);
    }

    [Fact]
    public void Store_file_holds_neither_the_secret_nor_any_prefix_of_it()
    {
        var issued = _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var randomPart = issued.Secret[^38..^6];

        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(_store.StorePath));
        Assert.DoesNotContain(randomPart[..8], raw, StringComparison.Ordinal);
        Assert.DoesNotContain("svc", raw, StringComparison.Ordinal);

        var entry = Assert.Single(_store.NewStorage().Read().Document.Entries);
        Assert.Null(entry.Secret);
        Assert.DoesNotContain(randomPart[..8], entry.Verifier, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(entry.Verifier).Length);
    }

    [Fact]
    public void Kept_secrets_are_stored_only_inside_the_encrypted_payload()
    {
        var issued = _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc") { KeepSecret = true });

        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(_store.StorePath));
        Assert.DoesNotContain(issued.Secret[^38..^30], raw, StringComparison.Ordinal);
        Assert.Equal(issued.Secret, Assert.Single(_store.NewStorage().Read().Document.Entries).Secret);
    }

    [Fact]
    public void Reading_a_missing_store_says_not_found()
    {
        var error = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        Assert.Equal(KeystoreErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public void Another_key_file_is_reported_as_wrong_key_and_the_store_is_left_unchanged()
    {
        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var before = File.ReadAllBytes(_store.StorePath);
        var otherKey = Path.Combine(_store.Folder, "other.key");
        KeyFile.ReadOrCreate(otherKey);
        var other = new KeystoreService(new KeystoreStorage(new KeystoreLocation(_store.StorePath, otherKey)), _store.Clock);

        var error = Assert.Throws<KeystoreException>(() => other.GenerateApiKey(new ApiKeyRequest("b", "svc")));

        Assert.Equal(KeystoreErrorKind.WrongKey, error.Kind);
        Assert.Equal(before, File.ReadAllBytes(_store.StorePath));
    }

    [Fact]
    public void Missing_key_file_for_an_existing_store_is_a_clear_error()
    {
        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var storage = new KeystoreStorage(new KeystoreLocation(_store.StorePath, Path.Combine(_store.Folder, "absent.key")));

        var error = Assert.Throws<KeystoreException>(() => storage.Update(_ => 0));

        Assert.Equal(KeystoreErrorKind.KeyUnavailable, error.Kind);
        Assert.False(File.Exists(Path.Combine(_store.Folder, "absent.key")));
    }

    [Fact]
    public void Key_file_readable_by_others_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        File.SetUnixFileMode(_store.Location.KeyFilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var error = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        Assert.Equal(KeystoreErrorKind.KeyUnavailable, error.Kind);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passphrase_store_opens_with_the_passphrase_and_needs_no_key_file()
    {
        using var store = new TempStore(passphrase: "correct horse battery staple");
        var issued = store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));

        Assert.False(File.Exists(store.Location.KeyFilePath));
        var snapshot = store.NewStorage().Read();
        Assert.Equal(KeySource.Passphrase, snapshot.KeySource);
        Assert.Equal(issued.Entry.Id, Assert.Single(snapshot.Document.Entries).Id);
    }

    [Fact]
    public void Wrong_passphrase_is_reported_as_wrong_key()
    {
        using var store = new TempStore(passphrase: "correct horse battery staple");
        store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var wrong = new KeystoreStorage(new KeystoreLocation(store.StorePath, store.Location.KeyFilePath, "Tr0ub4dor&3"));

        var error = Assert.Throws<KeystoreException>(() => wrong.Read());

        Assert.Equal(KeystoreErrorKind.WrongKey, error.Kind);
        Assert.Contains(KeystoreLocation.PassphraseVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passphrase_store_without_a_passphrase_asks_for_the_variable()
    {
        using var store = new TempStore(passphrase: "correct horse battery staple");
        store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var noPassphrase = new KeystoreStorage(new KeystoreLocation(store.StorePath, store.Location.KeyFilePath));

        var error = Assert.Throws<KeystoreException>(() => noPassphrase.Read());

        Assert.Equal(KeystoreErrorKind.KeyUnavailable, error.Kind);
        Assert.Contains(KeystoreLocation.PassphraseVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_passphrase_stores_use_at_least_600k_pbkdf2_iterations_by_default()
    {
        var location = new KeystoreLocation("a", "b", "p");
        Assert.True(location.PassphraseIterations >= 600_000);
    }

    [Fact]
    public void Writers_remove_temp_files_left_by_killed_writers()
    {
        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        var stale = Path.Combine(_store.Folder, ".store.sgks.0123456789abcdef.tmp");
        File.WriteAllText(stale, "half a write");

        _store.NewService().GenerateApiKey(new ApiKeyRequest("b", "svc"));

        Assert.False(File.Exists(stale));
        Assert.Equal(2, _store.NewStorage().Read().Document.Entries.Count);
    }

    [Fact]
    public void A_writer_waiting_too_long_for_the_lock_gets_a_timeout_error()
    {
        _store.NewService().GenerateApiKey(new ApiKeyRequest("a", "svc"));
        using var held = new FileStream(_store.Location.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var impatient = new KeystoreStorage(_store.Location with { LockTimeout = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<KeystoreException>(() => impatient.Update(_ => 0));

        Assert.Equal(KeystoreErrorKind.LockTimeout, error.Kind);
        Assert.Contains(".lock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_write_bumps_the_generation()
    {
        var service = _store.NewService();
        service.GenerateApiKey(new ApiKeyRequest("a", "svc"));
        service.GenerateApiKey(new ApiKeyRequest("b", "svc"));

        Assert.Equal(2u, _store.NewStorage().Read().Generation);
    }
}

using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Tests.Support;

namespace SecretGuard.Keystore.Tests;

public sealed class TamperDetectionTests : IDisposable
{
    private readonly TempStore _store = new();

    public TamperDetectionTests()
    {
        var service = _store.NewService();
        service.GenerateApiKey(new ApiKeyRequest("first", "svc") { ExpiryDays = 30 });
        service.Import(new ImportRequest(ApiKeyFormatTests.RandomToken(), "second", "svc"));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Every_single_byte_flip_is_detected()
    {
        var original = File.ReadAllBytes(_store.StorePath);
        var storage = _store.NewStorage();
        storage.Read();
        var undetected = new List<int>();
        for (var position = 0; position < original.Length; position++)
        {
            foreach (var mask in new byte[] { 0x01, 0x80, 0xFF })
            {
                var damaged = (byte[])original.Clone();
                damaged[position] ^= mask;
                try
                {
                    storage.Decode(damaged);
                    undetected.Add(position);
                }
                catch (KeystoreException)
                {
                }
            }
        }

        Assert.True(original.Length > 200, "the store under test should have a real payload");
        Assert.Empty(undetected);
    }

    [Fact]
    public void Flipped_payload_byte_is_reported_as_tampered_not_wrong_key()
    {
        var bytes = File.ReadAllBytes(_store.StorePath);
        bytes[KeystoreHeaderSize + 5] ^= 0x01;
        File.WriteAllBytes(_store.StorePath, bytes);

        var error = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        Assert.Equal(KeystoreErrorKind.Tampered, error.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(64)]
    [InlineData(100)]
    public void Truncated_store_is_reported_and_never_overwritten(int keep)
    {
        var bytes = File.ReadAllBytes(_store.StorePath);
        var truncated = bytes[..keep];
        File.WriteAllBytes(_store.StorePath, truncated);

        var read = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        var write = Assert.Throws<KeystoreException>(() => _store.NewService().GenerateApiKey(new ApiKeyRequest("x", "svc")));

        Assert.Equal(KeystoreErrorKind.Truncated, read.Kind);
        Assert.Equal(KeystoreErrorKind.Truncated, write.Kind);
        Assert.Equal(truncated, File.ReadAllBytes(_store.StorePath));
    }

    [Fact]
    public void Trailing_bytes_are_detected()
    {
        File.AppendAllText(_store.StorePath, "x");

        var error = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        Assert.Equal(KeystoreErrorKind.Tampered, error.Kind);
    }

    [Fact]
    public void A_file_that_is_not_a_keystore_is_rejected_and_kept()
    {
        File.WriteAllText(_store.StorePath, "{\"entries\": []}");

        var error = Assert.Throws<KeystoreException>(() => _store.NewService().GenerateApiKey(new ApiKeyRequest("x", "svc")));

        Assert.Equal(KeystoreErrorKind.NotAKeystore, error.Kind);
        Assert.Equal("{\"entries\": []}", File.ReadAllText(_store.StorePath));
    }

    [Fact]
    public void A_newer_format_version_is_refused_with_its_number()
    {
        var bytes = File.ReadAllBytes(_store.StorePath);
        bytes[4] = 9;
        File.WriteAllBytes(_store.StorePath, bytes);

        var error = Assert.Throws<KeystoreException>(() => _store.NewStorage().Read());
        Assert.Equal(KeystoreErrorKind.UnsupportedVersion, error.Kind);
        Assert.Contains("version 9", error.Message, StringComparison.Ordinal);
    }

    private const int KeystoreHeaderSize = 64;
}

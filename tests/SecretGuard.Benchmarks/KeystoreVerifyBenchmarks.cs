using BenchmarkDotNet.Attributes;
using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Benchmarks;

/// <summary>
/// In-process verification throughput over a store of 10,000 API keys: parse the key id, one dictionary lookup,
/// one HMAC-SHA-256, a constant-time compare. Target: at least 1,000,000 API-key verifications per second.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Benchmarks -- --filter '*KeystoreVerify*'</c>.
/// </summary>
[MemoryDiagnoser]
public class KeystoreVerifyBenchmarks
{
    private const int Entries = 10_000;
    private string _folder = "";
    private KeystoreVerifier _verifier = null!;
    private string _validKey = "";
    private string _unknownKey = "";
    private string _importedToken = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sg-keystore-bench-" + Guid.NewGuid().ToString("N"));
        var storage = new KeystoreStorage(new KeystoreLocation(Path.Combine(_folder, "bench.sgks"), Path.Combine(_folder, "bench.key")));
        storage.Update(snapshot =>
        {
            for (var i = 0; i < Entries; i++)
            {
                var id = EntryId.New(candidate => false);
                var key = ApiKeyFormat.Create(ApiKeyFormat.DefaultPrefix, id);
                snapshot.Document.Entries.Add(new KeyEntry
                {
                    Id = id,
                    Name = "key" + i,
                    Service = "bench",
                    Kind = EntryKind.ApiKey,
                    Verifier = snapshot.Keys.ComputeVerifier(key).ToBase64(),
                    CreatedAt = DateTimeOffset.UtcNow,
                    ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
                    Scopes = new List<string> { "read" },
                });
                if (i == Entries / 2)
                {
                    _validKey = key;
                }
            }

            _importedToken = "imported-" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            snapshot.Document.Entries.Add(new KeyEntry
            {
                Id = EntryId.New(candidate => false),
                Name = "imported",
                Service = "bench",
                Kind = EntryKind.Imported,
                Verifier = snapshot.Keys.ComputeVerifier(_importedToken).ToBase64(),
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return 0;
        });
        _unknownKey = ApiKeyFormat.Create(ApiKeyFormat.DefaultPrefix, EntryId.New(candidate => false));
        _verifier = new KeystoreVerifier(storage.Read());
        if (!_verifier.Verify(_validKey, "read").IsValid || !_verifier.Verify(_importedToken).IsValid)
        {
            throw new InvalidOperationException("benchmark store is not set up right");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public VerifyOutcome VerifyValidApiKey() => _verifier.Verify(_validKey, "read").Outcome;

    [Benchmark]
    public VerifyOutcome VerifyUnknownApiKey() => _verifier.Verify(_unknownKey).Outcome;

    [Benchmark]
    public VerifyOutcome VerifyImportedByKeyedHash() => _verifier.Verify(_importedToken).Outcome;
}

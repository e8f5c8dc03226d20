using System.Diagnostics;
using SecretGuard.Keystore.Keys;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Tests.Support;

/// <summary>
/// API-key verifications per second over a 10,000-entry store, by CPU time and by wall time (the machine's
/// load inflates wall time; CPU time is what one core does). Run by <c>build/keystore-kill-bench.sh</c>.
/// </summary>
public static class VerifyThroughput
{
    public static int Run(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sg-keystore-throughput-" + Guid.NewGuid().ToString("N"));
        try
        {
            var storage = new KeystoreStorage(new KeystoreLocation(Path.Combine(folder, "s.sgks"), Path.Combine(folder, "s.key")));
            var valid = string.Empty;
            storage.Update(snapshot =>
            {
                for (var i = 0; i < 10_000; i++)
                {
                    var id = EntryId.New(_ => false);
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
                    valid = i == 5_000 ? key : valid;
                }

                return 0;
            });
            var verifier = new KeystoreVerifier(storage.Read());
            for (var i = 0; i < 200_000; i++)
            {
                if (!verifier.Verify(valid, "read").IsValid)
                {
                    throw new InvalidOperationException("the benchmark key does not verify");
                }
            }

            using var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                verifier.Verify(valid, "read");
            }

            wall.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            Console.WriteLine($"{count:N0} API-key verifications: {count / cpu:N0}/s per core (CPU time {cpu:0.00} s), {count / wall.Elapsed.TotalSeconds:N0}/s wall ({wall.Elapsed.TotalSeconds:0.00} s)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

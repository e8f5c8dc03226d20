using System.Diagnostics;
using SecretGuard.Keystore.Storage;
using SecretGuard.Keystore.Tests.Support;
using Xunit.Abstractions;

namespace SecretGuard.Keystore.Tests;

/// <summary>
/// Starts real writer processes (this test assembly's own Main, see <see cref="WriterProcessProgram"/>), kills
/// them at random points, and checks the store always opens with the old or the new contents; and runs
/// concurrent writer processes and checks no update is lost.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempStore _store = new();
    private readonly ITestOutputHelper _output;

    public CrashSafetyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _store.Dispose();

    private static int Setting(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;

    [Fact]
    public void Store_opens_with_old_or_new_contents_after_writers_are_killed_at_random_points()
    {
        var runs = Setting("SECRETGUARD_KILL_RUNS", 200);
        var seed = Setting("SECRETGUARD_KILL_SEED", Environment.TickCount & 0x7FFFFFFF);
        var random = new Random(seed);
        var storage = _store.NewStorage();
        storage.Update(snapshot =>
        {
            for (var i = 0; i < 300; i++)
            {
                snapshot.Document.Entries.Add(WriterProcessProgram.Entry("e" + i));
            }

            return 0;
        });
        var count = 300;
        var midWrite = 0;
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            using (var process = Start("loop", _store.StorePath, _store.Location.KeyFilePath))
            {
                try
                {
                    var ready = process.StandardOutput.ReadLine();
                    if (ready != "ready")
                    {
                        Assert.Fail($"writer did not start: {process.StandardError.ReadToEnd()}");
                    }

                    Thread.Sleep(random.Next(0, 25));
                }
                finally
                {
                    process.Kill();
                    process.WaitForExit();
                }
            }

            if (Directory.EnumerateFiles(_store.Folder, "*.tmp").Any())
            {
                midWrite++;
            }

            var entries = new KeystoreStorage(_store.Location).Read().Document.Entries;
            Assert.True(entries.Count > count, $"run {run} (seed {seed}): {entries.Count} entries after a writer that completed at least one write; had {count}");
            for (var i = 0; i < entries.Count; i++)
            {
                Assert.Equal("e" + i, entries[i].Name);
            }

            count = entries.Count;
        }

        _output.WriteLine($"{runs} kills ({midWrite} left a half-written temp file), seed {seed}, {count - 300} committed writes, {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Ten_concurrent_writer_processes_lose_no_update()
    {
        const int writers = 10;
        var operations = Setting("SECRETGUARD_CONCURRENT_OPS", 100);
        var watch = Stopwatch.StartNew();
        var processes = Enumerable.Range(0, writers)
            .Select(writer => Start("ops", _store.StorePath, _store.Location.KeyFilePath, writer.ToString(System.Globalization.CultureInfo.InvariantCulture), operations.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        try
        {
            foreach (var process in processes)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "writer did not finish");
                if (process.ExitCode != 0)
                {
                    Assert.Fail($"writer {process.Id} failed: {process.StandardError.ReadToEnd()}");
                }
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }

                process.Dispose();
            }
        }

        var names = new KeystoreStorage(_store.Location).Read().Document.Entries.Select(entry => entry.Name).ToHashSet();
        for (var writer = 0; writer < writers; writer++)
        {
            for (var i = 0; i < operations; i++)
            {
                Assert.Contains($"p{writer}-{i}", names);
            }
        }

        Assert.Equal(writers * operations, names.Count);
        _output.WriteLine($"{writers} writers x {operations} operations in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(WriterProcessProgram).Assembly.Location);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_TieredPGO"] = "0";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the writer process");
    }
}

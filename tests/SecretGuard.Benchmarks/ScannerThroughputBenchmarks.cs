using System.Buffers;
using BenchmarkDotNet.Attributes;
using SecretGuard.Core.Detection;

namespace SecretGuard.Benchmarks;

/// <summary>
/// Core over ~4 MB of realistic source text with the whole built-in catalog, on one thread.
/// Baseline: one vectorised pass that only counts newlines (the cost floor of reading the text).
/// MB/s = 8 MB (4 M UTF-16 chars, reported as source bytes: 4 MB) / mean.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Benchmarks -- --filter '*ScannerThroughput*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ScannerThroughputBenchmarks
{
    private string text = "";
    private SecretScanner scanner = null!;

    [Params(0, 10)]
    public int Secrets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = SourceCorpus.Build(4 * 1024 * 1024, Secrets);
        scanner = SecretScanner.Default;
        scanner.Scan(text, "warmup.cs");
    }

    [Benchmark(Baseline = true, Description = "count newlines (floor)")]
    public int CountNewlines() => text.AsSpan().Count('\n');

    [Benchmark(Description = "SecretScanner.Scan, built-in catalog")]
    public int Scan() => scanner.Scan(text, "src/Program.cs").Count;
}

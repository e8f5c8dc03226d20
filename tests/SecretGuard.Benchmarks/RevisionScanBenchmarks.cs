using BenchmarkDotNet.Attributes;
using SecretGuard.Core.Detection;

namespace SecretGuard.Benchmarks;

/// <summary>
/// A git history's view of a file: 200 revisions of a ~40 KB source file, each changing one line, scanned one
/// after the other. Baseline: <see cref="SecretScanner.Scan(string, string, string)"/> on every revision; against it,
/// <see cref="SecretScanner.ScanRevision"/>, which matches each distinct line once. Each invocation uses a path of its
/// own, so the line memo (kept per path) starts empty every time; the scanner and its compiled rules are shared.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Benchmarks -- --filter '*RevisionScan*'</c>.
/// </summary>
[MemoryDiagnoser]
public class RevisionScanBenchmarks
{
    private const int Revisions = 200;
    private string[] revisions = [];
    private int invocation;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        var lines = SourceCorpus.Build(40 * 1024, secrets: 2).Split('\n').ToList();
        revisions = new string[Revisions];
        for (var i = 0; i < Revisions; i++)
        {
            lines[random.Next(lines.Count)] = $"    var value{i} = Compute(\"{random.Next()}\", token: {random.Next()});";
            revisions[i] = string.Join('\n', lines);
        }
    }

    [Benchmark(Baseline = true, Description = "Scan every revision")]
    public int Scan()
    {
        var path = $"src/Service{++invocation}.cs";
        var findings = 0;
        foreach (var text in revisions)
        {
            findings += SecretScanner.Default.Scan(text, path, null).Count;
        }

        return findings;
    }

    [Benchmark(Description = "ScanRevision (line memo)")]
    public int ScanRevision()
    {
        var path = $"src/Service{++invocation}.cs";
        var findings = 0;
        foreach (var text in revisions)
        {
            findings += SecretScanner.Default.ScanRevision(text, path, null).Count;
        }

        return findings;
    }
}

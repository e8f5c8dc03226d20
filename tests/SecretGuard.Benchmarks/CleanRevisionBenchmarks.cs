using System.Text;
using BenchmarkDotNet.Attributes;
using SecretGuard.Core.Detection;

namespace SecretGuard.Benchmarks;

/// <summary>
/// What a history scan does with most blobs: 200 clean revisions of a ~40 KB ASCII source file, each changing one line,
/// handed over as the bytes a pack holds. Baseline: decode each revision and <see cref="SecretScanner.ScanRevision"/> it
/// (the line memo on text); against it, <see cref="SecretScanner.TryScanCleanRevision"/> on the bytes, which decides a
/// clean revision without decoding it. The memo is warm (set-up scans every revision once), as it is for all but the first
/// revisions of a path in a long history: this measures what each revision costs once its lines are known.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Benchmarks -- --filter '*CleanRevision*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CleanRevisionBenchmarks
{
    private const int Revisions = 200;
    private const string Path = "src/Service.cs";
    private byte[][] revisions = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var lines = new List<string>();
        for (var length = 0; length < 40 * 1024; length += lines[^1].Length + 1)
        {
            lines.Add(CodeLine(random));
        }

        revisions = new byte[Revisions][];
        for (var i = 0; i < Revisions; i++)
        {
            lines[random.Next(lines.Count)] = $"    var value{i} = Compute(\"{random.Next()}\", token: {random.Next()});";
            revisions[i] = Encoding.ASCII.GetBytes(string.Join('\n', lines));
        }

        if (DecideOnBytes() != Revisions)
        {
            throw new InvalidOperationException("the generated revisions are not all clean: the benchmark would measure the fallback");
        }
    }

    /// <summary>An ordinary line of C# (names, calls, numbers, a comment now and then; "token" and "key" appear, as in real code).</summary>
    private static string CodeLine(Random random)
    {
        string[] words = ["alpha", "buffer", "client", "config", "handler", "index", "request", "response", "service", "stream", "token", "value", "key", "options"];
        string Word() => words[random.Next(words.Length)];
        return random.Next(4) switch
        {
            0 => $"    var {Word()}{random.Next(100)} = {Word()}.Get{char.ToUpperInvariant(Word()[0])}{Word()}({random.Next(100000)});",
            1 => $"    // {Word()} {Word()} {Word()} {Word()} {Word()}",
            2 => $"    if ({Word()}.Count > {random.Next(1000)}) {{ {Word()}.Add({Word()}); }}",
            _ => $"    private readonly int {Word()}{Word()}{random.Next(1000)} = {random.Next(1000000)};",
        };
    }

    [Benchmark(Baseline = true, Description = "decode + ScanRevision")]
    public int DecodeAndScanRevision()
    {
        var findings = 0;
        foreach (var bytes in revisions)
        {
            findings += SecretScanner.Default.ScanRevision(Encoding.UTF8.GetString(bytes), Path, null).Count;
        }

        return findings;
    }

    [Benchmark(Description = "TryScanCleanRevision on bytes")]
    public int DecideOnBytes()
    {
        var decided = 0;
        foreach (var bytes in revisions)
        {
            if (SecretScanner.Default.TryScanCleanRevision(bytes, Path, null, out _))
            {
                decided++;
            }
        }

        return decided;
    }
}

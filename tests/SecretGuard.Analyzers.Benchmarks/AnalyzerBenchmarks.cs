using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// The SecretGuard analyzers in process, on 400 generated C# files (the shape of build/bench-analyzer.sh's), against
/// a do-nothing analyzer registered for the same syntax kinds. Both run through
/// <see cref="CompilationWithAnalyzers"/> single-threaded on a compilation bound once at setup, with a fresh
/// per-tree options provider per invocation (as every build gets); the analyzers' static state (catalog, scanner) is
/// warm after setup, as in a compiler server. The no-op analyzer is the driver's floor (it rebinds the compilation's
/// method bodies and visits every node); the difference of the two is the SecretGuard analyzers' own cost.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Analyzers.Benchmarks -- --filter '*AnalyzerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalyzerBenchmarks
{
    private const int Files = 400;
    private CSharpCompilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> noOp;
    private ImmutableArray<DiagnosticAnalyzer> secretGuard;

    [GlobalSetup]
    public void Setup()
    {
        // SecretGuard.Core must be the netstandard2.0 build that ships inside the analyzer package, not net10.0's.
        var core = Assembly.Load("SecretGuard.Core").GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        if (core != ".NETStandard,Version=v2.0")
        {
            throw new InvalidOperationException($"SecretGuard.Core is the {core} build, not netstandard2.0.");
        }

        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = GeneratedServices.Create(Files, seed: 42).Select(file => CSharpSyntaxTree.ParseText(file.Text, parse, file.Path));
        compilation = CSharpCompilation.Create(
            "Bench",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated files do not compile: {errors[0]}");
        }

        noOp = [new NoOpSyntaxAnalyzer()];
        secretGuard = [.. typeof(CatalogMatchAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

        // Cannot silently measure nothing: the secret-named fields and NetworkCredential calls must be reported.
        var ids = Analyze(secretGuard).Select(d => d.Id).ToList();
        Console.WriteLine($"// {secretGuard.Length} analyzers ({string.Join(", ", secretGuard.Select(a => a.GetType().Name))}): "
            + string.Join(", ", ids.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
        if (!ids.Contains(DiagnosticIds.SecretNamedLiteral) || !ids.Contains(DiagnosticIds.CredentialSink) || ids.Any(id => id.StartsWith("AD", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("The SecretGuard analyzers did not report the generated findings (SG0002, SG0003), or failed.");
        }
    }

    [Benchmark(Baseline = true)]
    public int NoOpAnalyzer() => Analyze(noOp).Length;

    [Benchmark]
    public int SecretGuardAnalyzers() => Analyze(secretGuard).Length;

    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new PerTreeOptionsProvider(compilation.SyntaxTrees));
        return compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
    }
}

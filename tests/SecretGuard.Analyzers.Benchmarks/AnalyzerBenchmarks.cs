using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// What the SecretGuard analyzers cost next to the compile they run in, in one process and one run, on 400 generated
/// C# files (the shape of build/bench-analyzer.sh's). Baseline: compiling the files (bind and emit, the work csc
/// does). Against it: the analyzers' syntax-node callbacks called directly on every node of the kinds they register,
/// with a fresh semantic model per file and fresh per-file options per invocation (as every build gets), their
/// static state (catalog, scanner) warm as in a compiler server; and the same loop calling nothing, which is what the
/// loop itself costs. The SecretGuard row's ratio is the analyzers' CPU share of compile time, single-threaded and
/// free of the wall-clock noise of <c>-p:ReportAnalyzer=true</c> on a busy machine.
/// Run: <c>dotnet run -c Release --project tests/SecretGuard.Analyzers.Benchmarks -- --filter '*AnalyzerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalyzerBenchmarks
{
    private const int Files = 400;
    private static readonly Func<Diagnostic, bool> AllSupported = _ => true;

    private CSharpCompilation compilation = null!;
    private CapturedNodeActions secretGuard = null!;
    private (SyntaxTree Tree, SyntaxNode[] Nodes)[] files = [];

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

        var analyzers = typeof(CatalogMatchAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        secretGuard = CapturedNodeActions.Initialize(analyzers);
        var kinds = secretGuard.Start(compilation, NewOptions()).Keys.ToHashSet();
        files = [.. compilation.SyntaxTrees.Select(tree => (tree, tree.GetRoot().DescendantNodes().Where(node => kinds.Contains((SyntaxKind)node.RawKind)).ToArray()))];

        // Cannot silently measure nothing: the secret-named fields and NetworkCredential calls must be reported.
        var ids = new List<string>();
        Run(callAnalyzers: true, diagnostic => ids.Add(diagnostic.Id));
        Console.WriteLine($"// {analyzers.Count} analyzers, {files.Sum(f => f.Nodes.Length)} nodes of {kinds.Count} kinds: "
            + string.Join(", ", ids.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
        if (!ids.Contains(DiagnosticIds.SecretNamedLiteral) || !ids.Contains(DiagnosticIds.CredentialSink))
        {
            throw new InvalidOperationException("The SecretGuard analyzers did not report the generated findings (SG0002, SG0003).");
        }
    }

    [Benchmark(Baseline = true, Description = "Compile (bind + emit)")]
    public long Compile()
    {
        using var stream = new MemoryStream();
        var result = compilation.Clone().Emit(stream);
        return result.Success ? stream.Length : throw new InvalidOperationException("The generated files do not compile.");
    }

    [Benchmark(Description = "SecretGuard analyzers")]
    public int Analyzers() => Run(callAnalyzers: true, _ => { });

    [Benchmark(Description = "The same loop, calling nothing")]
    public int Loop() => Run(callAnalyzers: false, _ => { });

    private int Run(bool callAnalyzers, Action<Diagnostic> report)
    {
        var options = NewOptions();
        var actions = secretGuard.Start(compilation, options);
        var calls = 0;
        foreach (var (tree, nodes) in files)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in nodes)
            {
                // Obsolete for analyzer hosts (they should use CompilationWithAnalyzers); calling the callbacks without
                // the driver is this benchmark's point.
#pragma warning disable CS0618
                var context = new SyntaxNodeAnalysisContext(node, model, options, report, AllSupported, CancellationToken.None);
#pragma warning restore CS0618
                foreach (var action in actions[(SyntaxKind)node.RawKind])
                {
                    if (callAnalyzers)
                    {
                        action(context);
                    }

                    calls++;
                }
            }
        }

        return calls;
    }

    private AnalyzerOptions NewOptions() => new([], new PerTreeOptionsProvider(compilation.SyntaxTrees));
}

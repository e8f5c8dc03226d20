using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// The syntax-node callbacks a set of analyzers registers, captured so a benchmark can call them itself: no analyzer
/// driver, no compilation events, so what is timed is the analyzers' own code. <see cref="Initialize"/> runs each
/// analyzer's <c>Initialize</c> once; <see cref="Start"/> runs their compilation-start actions for one compilation
/// and options (as every build does) and returns the node actions they registered. SecretGuard's analyzers register
/// nothing else that runs on C# code (SG0004 reads additional files only); anything else fails loudly.
/// </summary>
internal sealed class CapturedNodeActions
{
    private readonly List<Action<CompilationStartAnalysisContext>> startActions = [];

    private CapturedNodeActions()
    {
    }

    public static CapturedNodeActions Initialize(IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var captured = new CapturedNodeActions();
        foreach (var analyzer in analyzers)
        {
            analyzer.Initialize(new Registrations(captured));
        }

        return captured;
    }

    /// <summary>The node actions registered for <paramref name="compilation"/> and <paramref name="options"/>, by syntax kind.</summary>
    public Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> Start(Compilation compilation, AnalyzerOptions options)
    {
        var byKind = new Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>>();
        var start = new StartRegistrations(compilation, options, byKind);
        foreach (var action in startActions)
        {
            action(start);
        }

        return byKind;
    }

    private static Exception Unsupported(string what) => new NotSupportedException($"The benchmark does not run {what}; only syntax-node actions are captured.");

    private sealed class Registrations(CapturedNodeActions owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => owner.startActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported("compilation actions");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic-model actions");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("symbol actions");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code-block actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code-block actions");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("syntax-tree actions");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => throw Unsupported("syntax-node actions registered outside a compilation-start action");
    }

    private sealed class StartRegistrations(Compilation compilation, AnalyzerOptions options, Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> byKind)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
            foreach (var kind in syntaxKinds)
            {
                var syntaxKind = (SyntaxKind)(object)kind;
                if (!byKind.TryGetValue(syntaxKind, out var actions))
                {
                    byKind[syntaxKind] = actions = [];
                }

                actions.Add(action);
            }
        }

        // SG0004 reads additional files; the benchmark has none, so the action would never run.
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unsupported("compilation-end actions");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic-model actions");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("symbol actions");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code-block actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code-block actions");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("syntax-tree actions");
    }
}

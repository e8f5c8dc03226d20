using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// The analyzer driver's floor: registers like the SecretGuard analyzers (concurrent, no generated code, one
/// syntax-node action per compilation for the syntax kinds they subscribe to) and does nothing in the callback.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpSyntaxAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Every kind CatalogMatchAnalyzer, SecretNamedLiteralAnalyzer and CredentialSinkAnalyzer register for.</summary>
    private static readonly ImmutableArray<SyntaxKind> Kinds = ImmutableArray.Create(
        SyntaxKind.StringLiteralExpression,
        SyntaxKind.Utf8StringLiteralExpression,
        SyntaxKind.InterpolatedStringExpression,
        SyntaxKind.AddExpression,
        SyntaxKind.ArrayInitializerExpression,
        SyntaxKind.CollectionExpression,
        SyntaxKind.ObjectCreationExpression,
        SyntaxKind.ImplicitObjectCreationExpression,
        SyntaxKind.InvocationExpression,
        SyntaxKind.SimpleAssignmentExpression);

    private static readonly DiagnosticDescriptor Descriptor = new(
        "BENCH0001", "No-op", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(_ => { }, Kinds));
    }
}

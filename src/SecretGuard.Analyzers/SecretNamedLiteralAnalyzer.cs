using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretGuard.Analyzers.Literals;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// SG0002: a string literal assigned to something named like a password, secret, token, key or connection
    /// string, filtered by entropy, placeholders, empty values and natural-language text. Purely syntactic.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretNamedLiteralAnalyzer : DiagnosticAnalyzer
    {
        public const string TargetNameProperty = "TargetName";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SecretNamedLiteral);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var settings = AnalysisSettings.Create(start.Compilation, start.Options);
                start.RegisterSyntaxNodeAction(node => Analyze(node, settings), SyntaxKind.StringLiteralExpression);
            });
        }

        [MethodImpl(HotPath.Optimized)]
        private static void Analyze(SyntaxNodeAnalysisContext context, AnalysisSettings settings)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            if (TokenText.Of(literal.Token).Length < SecretValueHeuristics.MinimumLength)
            {
                return;
            }

            // Cheap syntax first: most literals are not assigned to anything named at all.
            if (!SecretTargetFinder.TryFind(literal, out var candidate))
            {
                return;
            }

            var tree = literal.SyntaxTree;
            var options = settings.For(tree);
            if (!SecretNamedLiteralRule.TryMatch(literal, candidate, options, out var target) || options.IsExcluded(tree.FilePath) || AllowCommentCheck.IsAllowed(literal))
            {
                return;
            }

            if (settings.SeverityForHeuristic(options, DiagnosticDescriptors.SecretNamedLiteral) is not DiagnosticSeverity severity)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(TargetNameProperty, target.Name);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretNamedLiteral, literal.GetLocation(), severity, additionalLocations: null, properties, target.Name));
        }
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretGuard.Analyzers.Literals;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// SG0001: a string constant matches a rule of the secret catalog. Covers regular, verbatim, raw and
    /// <c>u8</c> literals, the constant parts of interpolated strings, constants folded by the compiler
    /// (<c>Prefix + "…"</c>, <c>$"{Const}…"</c>) and <c>char[]</c> initializers spelled out character by character.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CatalogMatchAnalyzer : DiagnosticAnalyzer
    {
        public const string RuleIdProperty = "RuleId";

        private static readonly SyntaxKind[] Kinds =
        {
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringExpression,
            SyntaxKind.AddExpression,
            SyntaxKind.ArrayInitializerExpression,
            SyntaxKind.CollectionExpression,
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CatalogMatch);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var settings = AnalysisSettings.Create(start.Compilation, start.Options);
                start.RegisterSyntaxNodeAction(node => Analyze(node, settings), Kinds);
            });
        }

        [MethodImpl(HotPath.Optimized)]
        private static void Analyze(SyntaxNodeAnalysisContext context, AnalysisSettings settings)
        {
            var node = context.Node;
            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    // The keyword gate first: it rejects almost every literal in one pass, before any folding question.
                    var value = TokenText.Of(literal.Token);
                    if (value.Length >= CatalogScanner.MinimumLength && CatalogScanner.MayMatch(value) && !ConstantFolding.IsInsideFoldedConcatenation(literal, context.SemanticModel, context.CancellationToken))
                    {
                        ScanAndReport(context, settings, literal, value);
                    }

                    break;

                case InterpolatedStringExpressionSyntax interpolated:
                    AnalyzeInterpolated(context, settings, interpolated);
                    break;

                case BinaryExpressionSyntax concatenation:
                    if (ContainsStringLeaf(concatenation)
                        && ConstantFolding.Fold(concatenation, context.SemanticModel, context.CancellationToken) is string folded
                        && folded.Length >= CatalogScanner.MinimumLength
                        && !ConstantFolding.IsInsideFoldedConcatenation(concatenation, context.SemanticModel, context.CancellationToken))
                    {
                        ScanAndReport(context, settings, concatenation, folded);
                    }

                    break;

                case InitializerExpressionSyntax initializer:
                    AnalyzeCharacters(context, settings, initializer, initializer.Expressions);
                    break;

                case CollectionExpressionSyntax collection:
                    // Only spelled-out characters matter: look at the first element before collecting them all.
                    if (collection.Elements.Count < CatalogScanner.MinimumLength || collection.Elements[0] is not ExpressionElementSyntax { Expression: LiteralExpressionSyntax first } || !first.IsKind(SyntaxKind.CharacterLiteralExpression))
                    {
                        return;
                    }

                    var elements = new SeparatedSyntaxList<ExpressionSyntax>();
                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax expressionElement)
                        {
                            return;
                        }

                        elements = elements.Add(expressionElement.Expression);
                    }

                    AnalyzeCharacters(context, settings, collection, elements);
                    break;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static void AnalyzeInterpolated(SyntaxNodeAnalysisContext context, AnalysisSettings settings, InterpolatedStringExpressionSyntax interpolated)
        {
            // A constant interpolated string ($"{Prefix}{Rest}" with const holes) is scanned whole, once, at its root.
            // Only strings whose holes are names and whose text has no whitespace can hide a secret that way.
            var hasHoles = false;
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    hasHoles = true;
                    if (!ConstantFolding.CouldFold(hole.Expression) || hole.AlignmentClause != null || hole.FormatClause != null)
                    {
                        hasHoles = false;
                        break;
                    }
                }
                else if (content is InterpolatedStringTextSyntax text && ContainsWhitespace(TokenText.Of(text.TextToken)))
                {
                    hasHoles = false;
                    break;
                }
            }

            if (hasHoles && context.SemanticModel.GetConstantValue(interpolated, context.CancellationToken) is { HasValue: true, Value: string folded })
            {
                if (!ConstantFolding.IsInsideFoldedConcatenation(interpolated, context.SemanticModel, context.CancellationToken))
                {
                    ScanAndReport(context, settings, interpolated, folded);
                }

                return;
            }

            if (ConstantFolding.EnclosingConcatenation(interpolated) != null && ConstantFolding.IsInsideFoldedConcatenation(interpolated, context.SemanticModel, context.CancellationToken))
            {
                return;
            }

            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax text && TokenText.Of(text.TextToken).Length >= CatalogScanner.MinimumLength)
                {
                    ScanAndReport(context, settings, text, TokenText.Of(text.TextToken));
                }
            }
        }

        private static void AnalyzeCharacters(SyntaxNodeAnalysisContext context, AnalysisSettings settings, SyntaxNode node, SeparatedSyntaxList<ExpressionSyntax> elements)
        {
            if (elements.Count < CatalogScanner.MinimumLength || !elements[0].IsKind(SyntaxKind.CharacterLiteralExpression))
            {
                return;
            }

            var value = new StringBuilder(elements.Count);
            foreach (var element in elements)
            {
                if (element is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.CharacterLiteralExpression) || literal.Token.Value is not char c)
                {
                    return;
                }

                value.Append(c);
            }

            ScanAndReport(context, settings, node, value.ToString());
        }

        private static bool ContainsWhitespace(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }

            return false;
        }

        // Only through + and parentheses: folding never looks further, and arithmetic (k * i + 1) stops at once.
        [MethodImpl(HotPath.Optimized)]
        private static bool ContainsStringLeaf(ExpressionSyntax expression) => expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => ContainsStringLeaf(parenthesized.Expression),
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && (ContainsStringLeaf(binary.Left) || ContainsStringLeaf(binary.Right)),
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax => true,
            _ => false,
        };

        private static void ScanAndReport(SyntaxNodeAnalysisContext context, AnalysisSettings settings, SyntaxNode node, string value)
        {
            var tree = node.SyntaxTree;
            var findings = CatalogScanner.ScanConstant(value, tree.FilePath);
            if (findings.Count == 0)
            {
                return;
            }

            var options = settings.For(tree);
            if (options.IsExcluded(tree.FilePath))
            {
                return;
            }

            var reportNode = node is InterpolatedStringTextSyntax ? node.Parent! : node;
            if (AllowCommentCheck.IsAllowed(reportNode))
            {
                return;
            }

            foreach (var finding in findings)
            {
                if (settings.SeverityForFinding(options, finding) is not DiagnosticSeverity severity)
                {
                    continue;
                }

                var location = Location.Create(tree, SecretSpanLocator.Locate(node, finding.Secret ?? string.Empty));
                var properties = ImmutableDictionary<string, string?>.Empty.Add(RuleIdProperty, finding.RuleId);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CatalogMatch, location, severity, additionalLocations: null, properties, finding.Description, finding.RuleId));
            }
        }
    }
}

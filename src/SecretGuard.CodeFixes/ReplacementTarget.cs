using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretGuard.Analyzers;
using SecretGuard.Analyzers.Literals;

namespace SecretGuard.CodeFixes
{
    /// <summary>
    /// Where the "read from an environment variable" fix applies: the expression to replace (a literal, or the
    /// root of a folded constant), or the secret's part of a literal when the literal holds more than the secret,
    /// and the environment variable's name. Null when the secret sits where only a constant is allowed
    /// (parameter defaults, attribute arguments, case labels) or has no string type (<c>u8</c>, <c>char[]</c>).
    /// </summary>
    internal sealed class ReplacementTarget
    {
        private ReplacementTarget(ExpressionSyntax expression, TextSpan? secretSpan, string variableName)
        {
            Expression = expression;
            SecretSpan = secretSpan;
            VariableName = variableName;
        }

        public ExpressionSyntax Expression { get; }

        /// <summary>The secret's span when only part of <see cref="Expression"/>'s text is the secret.</summary>
        public TextSpan? SecretSpan { get; }

        public string VariableName { get; }

        public static ReplacementTarget? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var span = diagnostic.Location.SourceSpan;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            ExpressionSyntax? expression = node switch
            {
                InterpolatedStringTextSyntax text => text.Parent as InterpolatedStringExpressionSyntax,
                ExpressionSyntax e => e,
                ArgumentSyntax argument => argument.Expression,
                _ => node.FirstAncestorOrSelf<ExpressionSyntax>(),
            };

            if (expression is null || expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.Utf8StringLiteralExpression } || expression is InitializerExpressionSyntax || expression is CollectionExpressionSyntax)
            {
                return null;
            }

            // A literal inside a folded constant (Prefix + "…") is replaced together with the whole constant.
            var climbed = false;
            while (ConstantFolding.EnclosingConcatenation(expression) is BinaryExpressionSyntax parent
                && model.GetConstantValue(parent, cancellationToken) is { HasValue: true, Value: string })
            {
                expression = parent;
                climbed = true;
            }

            if (model.GetTypeInfo(expression, cancellationToken).ConvertedType?.SpecialType is not SpecialType.System_String
                || RequiresConstant(expression))
            {
                return null;
            }

            TextSpan? secretSpan = null;
            if (!climbed && (node is InterpolatedStringTextSyntax || (expression is LiteralExpressionSyntax literal && IsPartOfValue(literal, span))))
            {
                if (!CanSplit(expression))
                {
                    return null;
                }

                secretSpan = span;
            }

            return new ReplacementTarget(expression, secretSpan, ChooseName(expression, diagnostic));
        }

        private static string ChooseName(ExpressionSyntax expression, Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(SecretNamedLiteralAnalyzer.TargetNameProperty, out var targetName) && !string.IsNullOrEmpty(targetName))
            {
                return EnvironmentVariableName.From(targetName);
            }

            if (diagnostic.Properties.TryGetValue(CredentialSinkAnalyzer.SinkProperty, out var sink) && !string.IsNullOrEmpty(sink))
            {
                return EnvironmentVariableName.From(sink);
            }

            if (SecretTargetFinder.TryFind(expression, out var target))
            {
                return EnvironmentVariableName.From(target.Name);
            }

            if (diagnostic.Properties.TryGetValue(CatalogMatchAnalyzer.RuleIdProperty, out var ruleId) && !string.IsNullOrEmpty(ruleId))
            {
                return EnvironmentVariableName.From(ruleId);
            }

            return EnvironmentVariableName.Fallback;
        }

        private static bool IsPartOfValue(LiteralExpressionSyntax literal, TextSpan span)
        {
            var token = literal.Token;
            var text = token.Text;
            var prefix = text.StartsWith("@\"", StringComparison.Ordinal) ? 2 : 1;
            var valueSpan = TextSpan.FromBounds(token.SpanStart + prefix, token.Span.End - 1);
            return span != valueSpan && valueSpan.Contains(span);
        }

        private static bool CanSplit(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal => literal.Token.IsKind(SyntaxKind.StringLiteralToken) && !literal.Token.Text.Contains("\n"),
            InterpolatedStringExpressionSyntax interpolated => interpolated.StringStartToken.Text is "$\"" or "$@\"" or "@$\"",
            _ => false,
        };

        private static bool RequiresConstant(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case ParameterSyntax:
                    case AttributeArgumentSyntax:
                    case CaseSwitchLabelSyntax:
                    case ConstantPatternSyntax:
                    case EnumMemberDeclarationSyntax:
                        return true;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }
    }
}

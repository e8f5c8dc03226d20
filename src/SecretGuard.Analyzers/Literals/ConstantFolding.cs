using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Finds the outermost string expression the compiler folds into one constant (<c>Prefix + "…"</c>,
    /// <c>$"{Const}…"</c>), so each constant is scanned once, as a whole, at its root.
    /// </summary>
    internal static class ConstantFolding
    {
        public static SyntaxNode SkipParenthesesUp(SyntaxNode node)
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                node = parent;
                parent = node.Parent;
            }

            return node;
        }

        /// <summary>The parent of <paramref name="node"/> when it is a string concatenation, skipping parentheses.</summary>
        public static BinaryExpressionSyntax? EnclosingConcatenation(SyntaxNode node)
            => SkipParenthesesUp(node).Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression) ? binary : null;

        /// <summary>True when <paramref name="node"/> is part of a larger concatenation the compiler folds to a string constant.</summary>
        public static bool IsInsideFoldedConcatenation(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            var parent = EnclosingConcatenation(node);
            return parent != null && model.GetConstantValue(parent, cancellationToken) is { HasValue: true, Value: string };
        }

        /// <summary>Cheap syntactic test: could this concatenation fold to a constant (only literals, names and member accesses as leaves)?</summary>
        public static bool CouldFold(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return CouldFold(parenthesized.Expression);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return CouldFold(binary.Left) && CouldFold(binary.Right);
                case LiteralExpressionSyntax literal:
                    return literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.CharacterLiteralExpression);
                case InterpolatedStringExpressionSyntax:
                case IdentifierNameSyntax:
                case MemberAccessExpressionSyntax:
                    return true;
                default:
                    return false;
            }
        }
    }
}

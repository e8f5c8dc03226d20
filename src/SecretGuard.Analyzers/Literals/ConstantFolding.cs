using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Finds the outermost string expression the compiler folds into one constant (<c>Prefix + "…"</c>,
    /// <c>$"{Const}…"</c>), so each constant is scanned once, as a whole, at its root. Concatenations of literals
    /// fold syntactically; the semantic model is asked only when a concatenation has names among its parts and a
    /// literal part that could be a piece of a secret (a catalog keyword, or a long unbroken run of token characters).
    /// A chain <c>a + b + c</c> is asked about by every node and leaf in it (is it folded? is my parent?); each
    /// thread remembers the answers for the chain it is in, so each node is folded once.
    /// </summary>
    internal static class ConstantFolding
    {
        private const int SecretFragmentRun = 12;

        [System.ThreadStatic]
        private static FoldMemo? memo;

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
            return parent != null && Fold(parent, model, cancellationToken) != null;
        }

        /// <summary>The constant a string concatenation folds to, or null (also null when folding could not hide a secret).</summary>
        [MethodImpl(HotPath.Optimized)]
        public static string? Fold(BinaryExpressionSyntax concatenation, SemanticModel model, CancellationToken cancellationToken)
        {
            var known = memo ??= new FoldMemo();
            known.Enter(ChainRoot(concatenation), model.Compilation);
            var key = concatenation.FullSpan; // cheaper than Span (no trivia walk), and as unique within a chain
            if (!known.TryGet(key, out var value))
            {
                value = FoldOnce(concatenation, model, cancellationToken);
                known.Add(key, value);
            }

            return value;
        }

        private static BinaryExpressionSyntax ChainRoot(BinaryExpressionSyntax concatenation)
        {
            var root = concatenation;
            while (EnclosingConcatenation(root) is BinaryExpressionSyntax parent)
            {
                root = parent;
            }

            return root;
        }

        private static string? FoldOnce(BinaryExpressionSyntax concatenation, SemanticModel model, CancellationToken cancellationToken)
        {
            if (IsAllLiterals(concatenation))
            {
                var builder = new System.Text.StringBuilder();
                TryFoldLiterals(concatenation, builder);
                return builder.ToString();
            }

            if (!CouldFold(concatenation) || !HasSecretFragment(concatenation))
            {
                return null;
            }

            return model.GetConstantValue(concatenation, cancellationToken) is { HasValue: true, Value: string value } ? value : null;
        }

        /// <summary>True for text that could be (part of) a secret: a catalog keyword or a long run without separators.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool LooksLikeSecretFragment(string text)
        {
            if (CatalogScanner.MayMatch(text))
            {
                return true;
            }

            var run = 0;
            foreach (var c in text)
            {
                run = char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '/' || c == '=' ? run + 1 : 0;
                if (run >= SecretFragmentRun)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAllLiterals(ExpressionSyntax expression) => expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => IsAllLiterals(parenthesized.Expression),
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && IsAllLiterals(binary.Left) && IsAllLiterals(binary.Right),
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            _ => false,
        };

        private static bool TryFoldLiterals(ExpressionSyntax expression, System.Text.StringBuilder builder)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return TryFoldLiterals(parenthesized.Expression, builder);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return TryFoldLiterals(binary.Left, builder) && TryFoldLiterals(binary.Right, builder);
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    builder.Append(TokenText.Of(literal.Token));
                    return true;
                default:
                    return false;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool HasSecretFragment(ExpressionSyntax expression) => expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => HasSecretFragment(parenthesized.Expression),
            BinaryExpressionSyntax binary => HasSecretFragment(binary.Left) || HasSecretFragment(binary.Right),
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && LooksLikeSecretFragment(TokenText.Of(literal.Token)),
            InterpolatedStringExpressionSyntax interpolated => HasSecretFragment(interpolated),
            _ => false,
        };

        private static bool HasSecretFragment(InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax text && LooksLikeSecretFragment(TokenText.Of(text.TextToken)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Cheap syntactic test: could this concatenation fold to a constant (only literals, names and member accesses as leaves)?</summary>
        [MethodImpl(HotPath.Optimized)]
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

        /// <summary>
        /// One thread's fold results for the nodes of the concatenation chain it last looked at, by span. It holds
        /// the chain and its compilation only weakly, so a thread never keeps an old compilation alive.
        /// </summary>
        private sealed class FoldMemo
        {
            private const int Capacity = 16;

            private readonly WeakReference<SyntaxNode?> root = new WeakReference<SyntaxNode?>(null);
            private readonly WeakReference<Compilation?> compilation = new WeakReference<Compilation?>(null);
            private readonly TextSpan[] spans = new TextSpan[Capacity];
            private readonly string?[] values = new string?[Capacity];
            private int count;

            public void Enter(SyntaxNode chainRoot, Compilation owner)
            {
                if (root.TryGetTarget(out var current) && ReferenceEquals(current, chainRoot)
                    && compilation.TryGetTarget(out var currentOwner) && ReferenceEquals(currentOwner, owner))
                {
                    return;
                }

                root.SetTarget(chainRoot);
                compilation.SetTarget(owner);
                Array.Clear(values, 0, count);
                count = 0;
            }

            public bool TryGet(TextSpan span, out string? value)
            {
                for (var i = 0; i < count; i++)
                {
                    if (spans[i] == span)
                    {
                        value = values[i];
                        return true;
                    }
                }

                value = null;
                return false;
            }

            public void Add(TextSpan span, string? value)
            {
                if (count < Capacity)
                {
                    spans[count] = span;
                    values[count++] = value;
                }
            }
        }
    }
}

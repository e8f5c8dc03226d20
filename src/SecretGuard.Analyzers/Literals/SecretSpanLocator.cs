using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Maps a secret found in a constant's value back to source: the secret's own characters when they appear
    /// verbatim in one string token (precise squiggle), else the whole expression (folded or escaped constants).
    /// </summary>
    internal static class SecretSpanLocator
    {
        public static TextSpan Locate(SyntaxNode expression, string secret)
        {
            if (secret.Length > 0)
            {
                foreach (var token in expression.DescendantTokens())
                {
                    if (!IsStringToken(token))
                    {
                        continue;
                    }

                    var index = token.Text.IndexOf(secret, StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        return new TextSpan(token.SpanStart + index, secret.Length);
                    }
                }
            }

            return expression.Span;
        }

        private static bool IsStringToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    return true;
                default:
                    return false;
            }
        }
    }
}

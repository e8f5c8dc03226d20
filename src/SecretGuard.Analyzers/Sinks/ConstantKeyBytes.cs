using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>
    /// Recognises key bytes built from a constant: <c>Encoding.UTF8.GetBytes("…")</c> (any <c>Encoding</c>),
    /// <c>"…"u8.ToArray()</c>, <c>Convert.FromBase64String("…")</c> and <c>Convert.FromHexString("…")</c>.
    /// </summary>
    internal static class ConstantKeyBytes
    {
        /// <summary>The constant string the bytes come from, or null when they do not come from a constant.</summary>
        public static string? SourceString(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is not InvocationExpressionSyntax invocation || invocation.Expression is not MemberAccessExpressionSyntax member)
            {
                return null;
            }

            var name = member.Name.Identifier.ValueText;
            if (name == "ToArray" && invocation.ArgumentList.Arguments.Count == 0 && member.Expression is LiteralExpressionSyntax utf8 && utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            {
                return utf8.Token.ValueText;
            }

            if ((name != "GetBytes" && name != "FromBase64String" && name != "FromHexString") || invocation.ArgumentList.Arguments.Count != 1)
            {
                return null;
            }

            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            var fromEncoding = name == "GetBytes" && CredentialSinkTypes.InheritsFrom(method.ContainingType, CredentialSinkTypes.Encoding);
            var fromConvert = name != "GetBytes" && CredentialSinkTypes.Is(method.ContainingType, CredentialSinkTypes.Convert);
            if (!fromEncoding && !fromConvert)
            {
                return null;
            }

            return model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string value } ? value : null;
        }
    }
}

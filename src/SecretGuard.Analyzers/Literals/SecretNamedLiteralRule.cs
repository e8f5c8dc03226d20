using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretGuard.Analyzers.Names;
using SecretGuard.Analyzers.Options;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// SG0002's decision, shared with SG0003 so one literal is reported once: a string literal assigned to a
    /// secret-named target whose value passes the secret heuristics and is not already a catalog match (SG0001).
    /// </summary>
    internal static class SecretNamedLiteralRule
    {
        public static bool TryMatch(LiteralExpressionSyntax literal, SecretGuardOptions options, out SecretTarget target)
        {
            target = default;
            if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return false;
            }

            var value = literal.Token.ValueText;
            if (value.Length < SecretValueHeuristics.MinimumLength)
            {
                return false;
            }

            var found = SecretTargetFinder.Find(literal);
            if (found is not SecretTarget candidate)
            {
                return false;
            }

            var accepted = SecretNameClassifier.Classify(candidate.Name, options.ExtraSecretNameWords) switch
            {
                SecretNameKind.Secret => SecretValueHeuristics.LooksLikeSecret(value, options.MinEntropy),
                SecretNameKind.ConnectionString => ConnectionStringCredential.Contains(value),
                _ => false,
            };

            if (!accepted || CatalogScanner.Scan(value, literal.SyntaxTree.FilePath).Count > 0)
            {
                return false;
            }

            target = candidate;
            return true;
        }
    }
}

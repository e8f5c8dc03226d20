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
            if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || TokenText.Of(literal.Token).Length < SecretValueHeuristics.MinimumLength)
            {
                return false;
            }

            return SecretTargetFinder.TryFind(literal, out var candidate) && TryMatch(literal, candidate, options, out target);
        }

        /// <summary>As above, with the target already found.</summary>
        public static bool TryMatch(LiteralExpressionSyntax literal, SecretTarget candidate, SecretGuardOptions options, out SecretTarget target)
        {
            target = default;
            var value = TokenText.Of(literal.Token);

            var accepted = SecretNameClassifier.Classify(candidate.Name, options.ExtraSecretNameWords) switch
            {
                SecretNameKind.Secret => SecretValueHeuristics.LooksLikeSecret(value, options.MinEntropy),
                SecretNameKind.ConnectionString => ConnectionStringCredential.Contains(value),
                _ => false,
            };

            if (!accepted || CatalogScanner.ScanConstant(value, literal.SyntaxTree.FilePath).Count > 0)
            {
                return false;
            }

            target = candidate;
            return true;
        }
    }
}

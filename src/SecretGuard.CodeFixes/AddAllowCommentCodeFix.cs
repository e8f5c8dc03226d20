using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using SecretGuard.Analyzers;
using SecretGuard.Core.Detection;

namespace SecretGuard.CodeFixes
{
    /// <summary>
    /// Marks a reviewed value as allowed: appends <c>// secretguard:allow</c> to the line where the flagged
    /// expression ends (after any <c>;</c>), or prefixes an existing end-of-line comment with the marker.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAllowCommentCodeFix))]
    [Shared]
    public sealed class AddAllowCommentCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "SecretGuard.AddAllowComment";
        private const string Comment = "// " + InlineAllowComment.Marker;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.CatalogMatch, DiagnosticIds.SecretNamedLiteral, DiagnosticIds.CredentialSink);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Allow this value (add a '" + InlineAllowComment.Marker + "' comment)",
                        cancellationToken => ApplyAsync(context.Document, diagnostic, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var line = text.Lines.GetLineFromPosition(node.Span.End);
            var lineText = text.ToString(line.Span);
            if (lineText.IndexOf(InlineAllowComment.Marker, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return document;
            }

            var token = root.FindToken(line.End > line.Start ? line.End - 1 : line.Start);
            var trailing = token.TrailingTrivia;
            var endOfLine = trailing.Count;
            for (var i = 0; i < trailing.Count; i++)
            {
                if (trailing[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    endOfLine = i;
                    break;
                }
            }

            for (var i = 0; i < endOfLine; i++)
            {
                if (trailing[i].IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    var existing = trailing[i].ToString().Substring(2).TrimStart();
                    var merged = trailing.Replace(trailing[i], SyntaxFactory.Comment(Comment + " " + existing));
                    return document.WithSyntaxRoot(root.ReplaceToken(token, token.WithTrailingTrivia(merged)));
                }
            }

            var start = endOfLine;
            while (start > 0 && trailing[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                start--;
            }

            var list = SyntaxFactory.TriviaList();
            for (var i = 0; i < start; i++)
            {
                list = list.Add(trailing[i]);
            }

            list = list.Add(SyntaxFactory.Space).Add(SyntaxFactory.Comment(Comment));
            for (var i = endOfLine; i < trailing.Count; i++)
            {
                list = list.Add(trailing[i]);
            }

            return document.WithSyntaxRoot(root.ReplaceToken(token, token.WithTrailingTrivia(list)));
        }
    }
}

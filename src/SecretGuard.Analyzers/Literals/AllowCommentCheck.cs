using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SecretGuard.Core.Detection;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// <c>// secretguard:allow</c> (or <c>gitleaks:allow</c>) on any line the flagged expression spans suppresses
    /// the diagnostic, as Core's <see cref="InlineAllowComment"/> does for every other front end.
    /// </summary>
    internal static class AllowCommentCheck
    {
        public static bool IsAllowed(SyntaxNode expression)
        {
            var tree = expression.SyntaxTree;
            if (!tree.TryGetText(out var text))
            {
                text = tree.GetText();
            }

            var span = expression.Span;
            var first = text.Lines.GetLineFromPosition(span.Start).LineNumber;
            var last = text.Lines.GetLineFromPosition(span.End).LineNumber;
            var source = text.ToString(TextSpan.FromBounds(text.Lines[first].Start, text.Lines[last].End));
            return InlineAllowComment.IsPresent(source, 0, source.Length);
        }
    }
}

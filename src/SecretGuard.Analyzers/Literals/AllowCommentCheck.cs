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

            // The lines the expression spans, found by scanning for line breaks around it: SourceText.Lines would index
            // every line of the file for the one or two needed.
            var span = expression.Span;
            var start = span.Start;
            while (start > 0 && !IsLineBreak(text[start - 1]))
            {
                start--;
            }

            var end = span.End;
            while (end < text.Length && !IsLineBreak(text[end]))
            {
                end++;
            }

            var source = text.ToString(TextSpan.FromBounds(start, end));
            return InlineAllowComment.IsPresent(source, 0, source.Length);
        }

        private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using SecretGuard.Analyzers;

namespace SecretGuard.CodeFixes
{
    /// <summary>
    /// Replaces a hardcoded secret with <c>Environment.GetEnvironmentVariable("NAME")</c> (NAME derived from the
    /// member: <c>GitHubToken</c> → <c>GITHUB_TOKEN</c>). A whole-value replacement fails fast when the variable is
    /// missing (<c>?? throw new InvalidOperationException(…)</c>, nullable-clean); a secret inside a longer string
    /// is spliced out of it. A <c>const</c> holding the secret becomes <c>static readonly</c> (fields) or a plain
    /// local. Not offered where C# requires a constant (parameter defaults, attribute arguments, case labels).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceWithEnvironmentVariableCodeFix))]
    [Shared]
    public sealed class ReplaceWithEnvironmentVariableCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "SecretGuard.ReplaceWithEnvironmentVariable";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.CatalogMatch, DiagnosticIds.SecretNamedLiteral, DiagnosticIds.CredentialSink);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (ReplacementTarget.Find(root, model, diagnostic, context.CancellationToken) is not ReplacementTarget target)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the secret from environment variable '{target.VariableName}'",
                        cancellationToken => ApplyAsync(context.Document, diagnostic, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || ReplacementTarget.Find(root, model, diagnostic, cancellationToken) is not ReplacementTarget target)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var names = new TypeNames(model, target.Expression.SpanStart);
            var replacement = target.SecretSpan is TextSpan secretSpan
                ? Splice(target.Expression, secretSpan, target.VariableName, names)
                : WholeValue(target.Expression, target.VariableName, names);
            editor.ReplaceNode(target.Expression, replacement.WithTriviaFrom(target.Expression));
            DropConst(editor, target.Expression);
            return editor.GetChangedDocument();
        }

        private static ExpressionSyntax GetVariable(string name, TypeNames names)
            => SyntaxFactory.ParseExpression($"{names.Environment}.GetEnvironmentVariable(\"{name}\")");

        private static ExpressionSyntax WholeValue(ExpressionSyntax original, string name, TypeNames names)
        {
            var expression = SyntaxFactory.ParseExpression(
                $"{names.Environment}.GetEnvironmentVariable(\"{name}\") ?? throw new {names.InvalidOperationException}(\"Set the {name} environment variable.\")");
            return NeedsParentheses(original) ? SyntaxFactory.ParenthesizedExpression(expression) : expression;
        }

        private static bool NeedsParentheses(ExpressionSyntax original)
        {
            var parent = original.Parent;
            return !(parent is EqualsValueClauseSyntax || parent is ArgumentSyntax || parent is ArrowExpressionClauseSyntax
                || parent is ReturnStatementSyntax || parent is InitializerExpressionSyntax || parent is AnonymousObjectMemberDeclaratorSyntax
                || parent is AssignmentExpressionSyntax assignment && assignment.Right == original);
        }

        /// <summary><c>"token ghp_…"</c> becomes <c>"token " + Environment.GetEnvironmentVariable("X")</c>; interpolated strings get a hole.</summary>
        private static ExpressionSyntax Splice(ExpressionSyntax expression, TextSpan secretSpan, string name, TypeNames names)
        {
            if (expression is LiteralExpressionSyntax literal)
            {
                var token = literal.Token;
                var text = token.Text;
                var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
                var open = verbatim ? "@\"" : "\"";
                var start = secretSpan.Start - token.SpanStart;
                var end = secretSpan.End - token.SpanStart;
                var before = text.Substring(open.Length, start - open.Length);
                var after = text.Substring(end, text.Length - 1 - end);
                ExpressionSyntax result = GetVariable(name, names);
                if (before.Length > 0)
                {
                    result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, SyntaxFactory.ParseExpression(open + before + "\""), result);
                }

                if (after.Length > 0)
                {
                    result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, result, SyntaxFactory.ParseExpression(open + after + "\""));
                }

                return NeedsParentheses(expression) && result is BinaryExpressionSyntax ? SyntaxFactory.ParenthesizedExpression(result) : result;
            }

            var interpolated = (InterpolatedStringExpressionSyntax)expression;
            var contents = SyntaxFactory.List<InterpolatedStringContentSyntax>();
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax part && part.Span.Contains(secretSpan))
                {
                    var raw = part.TextToken.Text;
                    var before = raw.Substring(0, secretSpan.Start - part.SpanStart);
                    var after = raw.Substring(secretSpan.End - part.SpanStart);
                    if (before.Length > 0)
                    {
                        contents = contents.Add(Text(before));
                    }

                    contents = contents.Add(SyntaxFactory.Interpolation(GetVariable(name, names)));
                    if (after.Length > 0)
                    {
                        contents = contents.Add(Text(after));
                    }
                }
                else
                {
                    contents = contents.Add(content);
                }
            }

            return interpolated.WithContents(contents);
        }

        private static InterpolatedStringTextSyntax Text(string raw)
            => SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.InterpolatedStringTextToken, raw, raw, SyntaxFactory.TriviaList()));

        /// <summary>A <c>const</c> can no longer hold the value: fields become <c>static readonly</c>, locals plain variables.</summary>
        private static void DropConst(DocumentEditor editor, ExpressionSyntax expression)
        {
            var declaration = expression.Ancestors().FirstOrDefault(a => a is FieldDeclarationSyntax || a is LocalDeclarationStatementSyntax || a is StatementSyntax || a is MemberDeclarationSyntax);
            switch (declaration)
            {
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    editor.ReplaceNode(field, (current, _) =>
                    {
                        var node = (FieldDeclarationSyntax)current;
                        var constIndex = node.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
                        var constKeyword = node.Modifiers[constIndex];
                        var modifiers = node.Modifiers.RemoveAt(constIndex)
                            .Insert(constIndex, SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constKeyword.TrailingTrivia))
                            .Insert(constIndex, SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(constKeyword.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space));
                        return node.WithModifiers(modifiers);
                    });
                    break;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    editor.ReplaceNode(local, (current, _) =>
                    {
                        var node = (LocalDeclarationStatementSyntax)current;
                        var constIndex = node.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
                        var constKeyword = node.Modifiers[constIndex];
                        var modifiers = node.Modifiers.RemoveAt(constIndex);
                        return node.WithModifiers(modifiers).WithLeadingTrivia(constKeyword.LeadingTrivia);
                    });
                    break;
            }
        }
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretGuard.Analyzers.Literals;
using SecretGuard.Analyzers.Options;
using SecretGuard.Analyzers.Sinks;
using SecretGuard.Core.Detection;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// SG0003: a constant (literal, <c>const</c>, folded concatenation, or key bytes built from one) flows into a
    /// known credential sink. Names are checked syntactically first; symbols are resolved only for candidates.
    /// A literal SG0001 or SG0002 already reports is not reported again.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialSinkAnalyzer : DiagnosticAnalyzer
    {
        public const string SinkProperty = "Sink";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CredentialSink);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var settings = AnalysisSettings.Create(start.Compilation, start.Options);
                start.RegisterSyntaxNodeAction(
                    node => AnalyzeCall(node, settings),
                    SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.ImplicitObjectCreationExpression,
                    SyntaxKind.InvocationExpression);
                start.RegisterSyntaxNodeAction(node => AnalyzeAssignment(node, settings), SyntaxKind.SimpleAssignmentExpression);
            });
        }

        [MethodImpl(HotPath.Optimized)]
        private static void AnalyzeCall(SyntaxNodeAnalysisContext context, AnalysisSettings settings)
        {
            ArgumentListSyntax? arguments;
            switch (context.Node)
            {
                case ObjectCreationExpressionSyntax creation when CredentialSinkCatalog.IsCandidateTypeName(SimpleName(creation.Type)):
                    arguments = creation.ArgumentList;
                    break;
                case ImplicitObjectCreationExpressionSyntax implicitCreation when DeclaredTargetType(implicitCreation) is not TypeSyntax target || CredentialSinkCatalog.IsCandidateTypeName(SimpleName(target)):
                    arguments = implicitCreation.ArgumentList;
                    break;
                case InvocationExpressionSyntax invocation when CredentialSinkCatalog.IsCandidateMethodName(MethodName(invocation.Expression)):
                    arguments = invocation.ArgumentList;
                    break;
                default:
                    return;
            }

            if (arguments is null || arguments.Arguments.Count == 0 || !HasConstantCandidate(arguments))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol is not IMethodSymbol method)
            {
                return;
            }

            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                var parameter = ParameterFor(method, argument, i);
                if (parameter != null && CredentialSinkCatalog.ForParameter(method, parameter) is CredentialSink sink)
                {
                    Check(context, settings, sink, argument.Expression);
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, AnalysisSettings settings)
        {
            var assignment = (AssignmentExpressionSyntax)context.Node;
            var name = assignment.Left switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                _ => string.Empty,
            };

            if (!CredentialSinkCatalog.IsCandidatePropertyName(name) || !IsConstantCandidate(assignment.Right))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is IPropertySymbol property
                && CredentialSinkCatalog.ForProperty(property) is CredentialSink sink)
            {
                Check(context, settings, sink, assignment.Right);
            }
        }

        private static void Check(SyntaxNodeAnalysisContext context, AnalysisSettings settings, CredentialSink sink, ExpressionSyntax expression)
        {
            var tree = expression.SyntaxTree;
            var options = settings.For(tree);
            if (options.IsExcluded(tree.FilePath))
            {
                return;
            }

            var value = sink.Kind == CredentialValueKind.KeyBytes
                ? ConstantKeyBytes.SourceString(expression, context.SemanticModel, context.CancellationToken)
                : ConstantString(expression, context.SemanticModel, context.CancellationToken);
            if (value is null || !IsCredential(sink.Kind, value) || IsReportedElsewhere(expression, value, options) || AllowCommentCheck.IsAllowed(expression))
            {
                return;
            }

            if (settings.SeverityForHeuristic(options, DiagnosticDescriptors.CredentialSink) is not DiagnosticSeverity severity)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(SinkProperty, sink.Description);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CredentialSink, expression.GetLocation(), severity, additionalLocations: null, properties, sink.Description));
        }

        private static bool IsCredential(CredentialValueKind kind, string value) => kind switch
        {
            CredentialValueKind.ConnectionString => ConnectionStringCredential.Contains(value),
            _ => value.Trim().Length > 0 && !PlaceholderDetector.IsPlaceholder(value.Trim()),
        };

        /// <summary>SG0001 reports catalog matches in literals, SG0002 literals assigned to secret names; one report per literal.</summary>
        private static bool IsReportedElsewhere(ExpressionSyntax expression, string value, SecretGuardOptions options)
        {
            if (CatalogScanner.ScanConstant(value, expression.SyntaxTree.FilePath).Count > 0)
            {
                return true;
            }

            return expression is LiteralExpressionSyntax literal && SecretNamedLiteralRule.TryMatch(literal, options, out _);
        }

        private static string? ConstantString(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
            => model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string value } ? value : null;

        private static bool HasConstantCandidate(ArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (IsConstantCandidate(argument.Expression) || argument.Expression is InvocationExpressionSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsConstantCandidate(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax => true,
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression),
            ParenthesizedExpressionSyntax parenthesized => IsConstantCandidate(parenthesized.Expression),
            _ => false,
        };

        private static IParameterSymbol? ParameterFor(IMethodSymbol method, ArgumentSyntax argument, int index)
        {
            if (argument.NameColon != null)
            {
                var name = argument.NameColon.Name.Identifier.ValueText;
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == name)
                    {
                        return parameter;
                    }
                }

                return null;
            }

            return index < method.Parameters.Length ? method.Parameters[index] : null;
        }

        /// <summary>
        /// The type a target-typed <c>new(…)</c> creates when the code spells it out next to it (a field, property,
        /// local or return type), so the name test can rule it out before any binding; null when only the semantic
        /// model knows (an assignment, an argument…). Binding a member just to learn that <c>new("--name")</c> is an
        /// <c>Option&lt;string&gt;</c> cost a compilation tens of milliseconds.
        /// </summary>
        private static TypeSyntax? DeclaredTargetType(ImplicitObjectCreationExpressionSyntax creation)
        {
            var node = ConstantFolding.SkipParenthesesUp(creation);
            var type = node.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
                EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Type,
                ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
                ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax local } => local.ReturnType,
                _ => null,
            };

            return type is null || type.IsVar ? null : type is NullableTypeSyntax nullable ? nullable.ElementType : type;
        }

        private static string SimpleName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => string.Empty,
        };

        private static string MethodName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}

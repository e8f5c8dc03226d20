using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Finds the name a literal is assigned to, syntactically: declarations (fields, locals, properties, parameter
    /// defaults, expression bodies and getters), assignments (including object initializers and indexers
    /// <c>["Password"] = "…"</c>), named arguments, attribute arguments, anonymous-type members, collection
    /// initializers <c>{ "Password", "…" }</c>, tuples and key/value calls such as <c>Add("Password", "…")</c> or <c>new KeyValuePair&lt;,&gt;("Password", "…")</c>.
    /// </summary>
    internal static class SecretTargetFinder
    {
        /// <summary>The named target of <paramref name="literal"/>, if it has one (no <c>Nullable&lt;SecretTarget&gt;</c>: one generic instantiation less to JIT in every compiler process).</summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool TryFind(ExpressionSyntax literal, out SecretTarget target)
        {
            SyntaxNode value = literal;
            var parent = value.Parent;
            while (parent is ParenthesizedExpressionSyntax
                || parent is CastExpressionSyntax
                || parent is ConditionalExpressionSyntax conditional && conditional.Condition != value
                || parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == value)
            {
                value = parent;
                parent = value.Parent;
            }

            var name = parent switch
            {
                EqualsValueClauseSyntax equals => NameOfDeclaration(equals.Parent),
                ArrowExpressionClauseSyntax arrow => NameOfMember(arrow.Parent),
                ReturnStatementSyntax ret => NameOfMember(ret.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax || n is AccessorDeclarationSyntax || n is LocalFunctionStatementSyntax || n is AnonymousFunctionExpressionSyntax)),
                AssignmentExpressionSyntax assignment when assignment.Right == value && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) => NameOfAssignee(assignment.Left),
                ArgumentSyntax argument => NameOfArgument(argument),
                AttributeArgumentSyntax attributeArgument => attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText,
                AnonymousObjectMemberDeclaratorSyntax member => member.NameEquals?.Name.Identifier.ValueText,
                InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression) => KeyOfPair(initializer.Expressions, value),
                _ => null,
            };

            target = name is null ? default : new SecretTarget(name, value);
            return name != null;
        }

        [MethodImpl(HotPath.Optimized)]
        private static string? NameOfDeclaration(SyntaxNode? node) => node switch
        {
            VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            ParameterSyntax parameter => parameter.Identifier.ValueText,
            _ => null,
        };

        private static string? NameOfMember(SyntaxNode? node) => node switch
        {
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            AccessorDeclarationSyntax accessor when accessor.IsKind(SyntaxKind.GetAccessorDeclaration) => (accessor.Parent?.Parent as PropertyDeclarationSyntax)?.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            _ => null,
        };

        private static string? NameOfAssignee(ExpressionSyntax left) => left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            ElementAccessExpressionSyntax element => StringKey(element.ArgumentList.Arguments),
            ImplicitElementAccessSyntax implicitElement => StringKey(implicitElement.ArgumentList.Arguments),
            _ => null,
        };

        [MethodImpl(HotPath.Optimized)]
        private static string? NameOfArgument(ArgumentSyntax argument)
        {
            if (argument.NameColon != null)
            {
                return argument.NameColon.Name.Identifier.ValueText;
            }

            if (argument.Parent is TupleExpressionSyntax tuple)
            {
                return tuple.Arguments.Count == 2 && tuple.Arguments[1] == argument ? StringValue(tuple.Arguments[0].Expression) : null;
            }

            // Key/value calls: Add("Password", "…"), SetEnvironmentVariable("DB_PASSWORD", "…"), new KeyValuePair<…>("Token", "…").
            // The callee's name is checked first: it rules out almost every call without touching the other arguments.
            if (argument.Parent is not BaseArgumentListSyntax list)
            {
                return null;
            }

            var isKeyValueCall = list.Parent switch
            {
                InvocationExpressionSyntax invocation => IsKeyValueMethod(invocation.Expression),
                ObjectCreationExpressionSyntax creation => IsKeyValueType(creation.Type),
                _ => false,
            };

            return isKeyValueCall && list.Arguments.Count == 2 && list.Arguments[1] == argument ? StringValue(list.Arguments[0].Expression) : null;
        }

        private static bool IsKeyValueMethod(ExpressionSyntax expression)
        {
            var name = expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                _ => string.Empty,
            };

            switch (name)
            {
                case "Add":
                case "TryAdd":
                case "Set":
                case "SetValue":
                case "SetString":
                case "SetEnvironmentVariable":
                case "AddOrUpdate":
                case "Append":
                case "AddSecret":
                case "AddParameter":
                case "AddWithValue":
                case "AddHeader":
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsKeyValueType(TypeSyntax type)
        {
            var name = type switch
            {
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                _ => string.Empty,
            };

            return name == "KeyValuePair" || name == "DictionaryEntry" || name == "Tuple" || name == "Claim" || name.EndsWith("Parameter", System.StringComparison.Ordinal) || name.EndsWith("Header", System.StringComparison.Ordinal) || name.EndsWith("Setting", System.StringComparison.Ordinal);
        }

        private static string? KeyOfPair(SeparatedSyntaxList<ExpressionSyntax> expressions, SyntaxNode value)
            => expressions.Count == 2 && expressions[1] == value ? StringValue(expressions[0]) : null;

        private static string? StringKey(SeparatedSyntaxList<ArgumentSyntax> arguments)
            => arguments.Count == 1 ? StringValue(arguments[0].Expression) : null;

        private static string? StringValue(ExpressionSyntax expression)
            => expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? TokenText.Of(literal.Token) : null;
    }
}

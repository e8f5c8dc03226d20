using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>The named thing a literal is assigned to: a field, property, variable, parameter, key or argument.</summary>
    internal readonly struct SecretTarget
    {
        public SecretTarget(string name, SyntaxNode valueNode)
        {
            Name = name;
            ValueNode = valueNode;
        }

        /// <summary>The target's name as written (<c>GitHubToken</c>, <c>ConnectionStrings:Main</c>).</summary>
        public string Name { get; }

        /// <summary>The expression holding the value (the literal, or the literal's parenthesized/cast wrapper).</summary>
        public SyntaxNode ValueNode { get; }
    }
}

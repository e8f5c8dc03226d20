using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// The text a string literal or interpolated-text token stands for. Same as <see cref="SyntaxToken.ValueText"/>,
    /// which converts the value through <c>Convert.ToString</c> (an interface check) on every call; every literal
    /// asks for it two or three times, so the value is taken as it is when it is a string.
    /// </summary>
    internal static class TokenText
    {
        public static string Of(SyntaxToken token) => token.Value as string ?? token.ValueText;
    }
}

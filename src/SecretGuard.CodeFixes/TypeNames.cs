using System.Linq;
using Microsoft.CodeAnalysis;

namespace SecretGuard.CodeFixes
{
    /// <summary>
    /// How generated code spells <c>System.Environment</c> and <c>System.InvalidOperationException</c> at a position:
    /// the short name when it binds to the System type there (a <c>using System;</c>, global or implicit usings),
    /// the fully qualified name otherwise.
    /// </summary>
    internal sealed class TypeNames
    {
        public TypeNames(SemanticModel model, int position)
        {
            Environment = Spell(model, position, "Environment");
            InvalidOperationException = Spell(model, position, "InvalidOperationException");
        }

        public string Environment { get; }

        public string InvalidOperationException { get; }

        private static string Spell(SemanticModel model, int position, string name)
        {
            var full = "System." + name;
            var symbols = model.LookupNamespacesAndTypes(position, container: null, name);
            return symbols.Length == 1 && symbols.Single().ToDisplayString() == full ? name : "global::" + full;
        }
    }
}

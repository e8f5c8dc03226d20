using Microsoft.CodeAnalysis;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>Build errors the catalog generator reports against <c>rules/*.toml</c>.</summary>
    internal static class CatalogDiagnostics
    {
        private const string Category = "SecretGuard.Catalog";

        public static readonly DiagnosticDescriptor InvalidRuleFile = new DiagnosticDescriptor(
            id: "SGGEN001",
            title: "Invalid rule file",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A rules/*.toml file could not be parsed or contains an invalid rule; the built-in catalog would be incomplete.");

        public static readonly DiagnosticDescriptor DuplicateRuleId = new DiagnosticDescriptor(
            id: "SGGEN002",
            title: "Duplicate built-in rule id",
            messageFormat: "Rule id '{0}' is already defined at {1}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Every built-in rule needs a unique id; users disable and override rules by id.");
    }
}

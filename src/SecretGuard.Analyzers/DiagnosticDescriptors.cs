using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers
{
    /// <summary>The descriptor of every diagnostic; help links point at the rule's page in the repository.</summary>
    public static class DiagnosticDescriptors
    {
        public const string Category = "Security";

        private const string HelpLinkBase = "https://github.com/secretguard/secretguard/blob/main/docs/rules/";

        public static readonly DiagnosticDescriptor CatalogMatch = new DiagnosticDescriptor(
            DiagnosticIds.CatalogMatch,
            title: "Hardcoded secret matches a known credential format",
            messageFormat: "Hardcoded secret: {0} (rule '{1}'); load it from configuration or a secret store instead",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A string in source code matches a rule of SecretGuard's secret catalog. High-confidence rules report an error, the others a warning.",
            helpLinkUri: HelpLink(DiagnosticIds.CatalogMatch),
            customTags: new[] { "Security", "Secret" });

        public static readonly DiagnosticDescriptor SecretNamedLiteral = new DiagnosticDescriptor(
            DiagnosticIds.SecretNamedLiteral,
            title: "Hardcoded value assigned to a secret",
            messageFormat: "'{0}' looks like a credential and is assigned a hardcoded value; load it from configuration or a secret store instead",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A literal is assigned to a field, property, variable, parameter, key or argument named like a password, secret, token, key or connection string.",
            helpLinkUri: HelpLink(DiagnosticIds.SecretNamedLiteral),
            customTags: new[] { "Security", "Secret" });

        public static readonly DiagnosticDescriptor CredentialSink = new DiagnosticDescriptor(
            DiagnosticIds.CredentialSink,
            title: "Hardcoded credential passed to a credential API",
            messageFormat: "Hardcoded credential flows into {0}; load it from configuration or a secret store instead",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A constant is used as a password, key or connection-string credential of a known API (NetworkCredential, connection strings and their builders, SymmetricSecurityKey, X509Certificate2, Rfc2898DeriveBytes…).",
            helpLinkUri: HelpLink(DiagnosticIds.CredentialSink),
            customTags: new[] { "Security", "Secret" });

        public static readonly DiagnosticDescriptor AdditionalFileSecret = new DiagnosticDescriptor(
            DiagnosticIds.AdditionalFileSecret,
            title: "Secret in a configuration file",
            messageFormat: "Secret in '{2}': {0} (rule '{1}'); move it to a secret store or user secrets",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "An additional file of the project (appsettings*.json, *.config, .env, *.yml…) contains a string that matches a rule of the secret catalog. High-confidence rules report an error, the others a warning.",
            helpLinkUri: HelpLink(DiagnosticIds.AdditionalFileSecret),
            customTags: new[] { "Security", "Secret" });

        private static string HelpLink(string id) => HelpLinkBase + id + ".md";
    }
}

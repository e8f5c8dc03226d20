using System;
using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Options
{
    /// <summary>Parses severity values as <c>.editorconfig</c> writes them (<c>none</c>, <c>suggestion</c>, <c>warning</c>, <c>error</c>…).</summary>
    internal static class SeverityOption
    {
        /// <summary>
        /// True when <paramref name="text"/> is a known severity; <paramref name="severity"/> is null for
        /// <c>none</c> (do not report). Unknown values return false so callers keep their default.
        /// </summary>
        public static bool TryParse(string? text, out DiagnosticSeverity? severity)
        {
            severity = null;
            switch (text?.Trim().ToLowerInvariant())
            {
                case "none":
                case "off":
                    return true;
                case "silent":
                case "hidden":
                    severity = DiagnosticSeverity.Hidden;
                    return true;
                case "suggestion":
                case "info":
                case "note":
                    severity = DiagnosticSeverity.Info;
                    return true;
                case "warning":
                case "warn":
                    severity = DiagnosticSeverity.Warning;
                    return true;
                case "error":
                    severity = DiagnosticSeverity.Error;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The lower of two severities (Hidden &lt; Info &lt; Warning &lt; Error).</summary>
        public static DiagnosticSeverity Min(DiagnosticSeverity a, DiagnosticSeverity b) => (int)a <= (int)b ? a : b;

        public static DiagnosticSeverity FromCoreSeverity(Core.Rules.Severity severity) => severity switch
        {
            Core.Rules.Severity.Error => DiagnosticSeverity.Error,
            Core.Rules.Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        internal static string Describe(DiagnosticSeverity? severity) => severity?.ToString() ?? "none";

        internal static bool IsKnown(string text) => TryParse(text, out _) || string.Equals(text.Trim(), "default", StringComparison.OrdinalIgnoreCase);
    }
}

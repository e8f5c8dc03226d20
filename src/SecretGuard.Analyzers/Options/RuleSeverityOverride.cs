using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Options
{
    /// <summary>A per-rule severity from <c>secretguard.rule.&lt;id&gt;.severity</c>; <see cref="Severity"/> null with <see cref="IsSet"/> means "none".</summary>
    internal readonly struct RuleSeverityOverride
    {
        public static readonly RuleSeverityOverride NotSet = new RuleSeverityOverride(false, null);

        public RuleSeverityOverride(bool isSet, DiagnosticSeverity? severity)
        {
            IsSet = isSet;
            Severity = severity;
        }

        public bool IsSet { get; }

        public DiagnosticSeverity? Severity { get; }
    }
}

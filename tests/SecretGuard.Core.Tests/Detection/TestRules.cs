using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Tests.Detection;

/// <summary>Small hand-made rules that pin down engine behaviour independently of the shipped catalog.</summary>
internal static class TestRules
{
    public static Rule Token(string id = "test-token", string prefix = "tkn_", int length = 24, double? entropy = null, IReadOnlyList<RuleAllowlist>? allowlists = null, string? validator = null, Confidence confidence = Confidence.Medium, bool builtIn = true) => new()
    {
        Id = id,
        Description = "Test token",
        Regex = $@"\b({prefix}[A-Za-z0-9]{{{length}}})\b",
        Keywords = new[] { prefix },
        Entropy = entropy,
        Allowlists = allowlists ?? Array.Empty<RuleAllowlist>(),
        Validator = validator,
        Confidence = confidence,
        IsBuiltIn = builtIn,
    };

    public static Rule GenericPassword() => new()
    {
        Id = "test-generic-password",
        Description = "Generic password",
        Regex = @"(?i)password\s*[:=]\s*[""']?([^\s""']{6,})",
        Keywords = new[] { "password" },
        Tags = new[] { "generic" },
        Severity = Severity.Warning,
        Confidence = Confidence.Low,
        IsBuiltIn = true,
    };

    public static SecretScanner Scanner(params Rule[] rules) => new(new RuleCatalog(rules));
}

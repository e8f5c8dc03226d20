using System.Collections.Generic;

namespace SecretGuard.Core.Rules
{
    // TEMPORARY bootstrap until the catalog source generator lands (it emits BuiltInCatalog from rules/*.toml).
    internal static partial class BuiltInCatalog
    {
        internal static IReadOnlyList<Rule> CreateRules() => new[]
        {
            new Rule
            {
                Id = "github-pat",
                Description = "GitHub personal access token",
                Regex = @"\b(ghp_[0-9A-Za-z]{36})\b",
                Keywords = new[] { "ghp_" },
                Severity = Severity.Error,
                Confidence = Confidence.High,
                Validator = "github-checksum",
                IsBuiltIn = true,
            },
        };

        internal static IReadOnlyList<RuleAllowlist> CreateGlobalAllowlists() => new RuleAllowlist[0];
    }
}

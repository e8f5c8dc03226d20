using System.Collections.Generic;
using SecretGuard.Core.Config.Toml;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Config
{
    /// <summary>One rule file or user config, read but not yet merged with a base catalog.</summary>
    internal sealed class ConfigDocument
    {
        public string SourceName { get; init; } = "";

        public string? Title { get; init; }

        public ExtendSettings Extend { get; init; } = ExtendSettings.None;

        /// <summary>Rules in document order.</summary>
        public IReadOnlyList<RuleDefinition> Rules { get; init; } = new RuleDefinition[0];

        /// <summary>Global allowlists (<c>[allowlist]</c> or <c>[[allowlists]]</c>) in document order.</summary>
        public IReadOnlyList<RuleAllowlist> GlobalAllowlists { get; init; } = new RuleAllowlist[0];

        /// <summary>Where each of <see cref="GlobalAllowlists"/> was written.</summary>
        public IReadOnlyList<TomlPosition> GlobalAllowlistPositions { get; init; } = new TomlPosition[0];
    }
}

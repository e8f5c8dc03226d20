using System.Collections.Generic;

namespace SecretGuard.Core.Config
{
    /// <summary>A config's <c>[extend]</c> table (gitleaks): build on the default catalog or on another config file.</summary>
    internal sealed class ExtendSettings
    {
        public static readonly ExtendSettings None = new ExtendSettings();

        /// <summary><c>useDefault = true</c>: the built-in catalog is the base.</summary>
        public bool UseDefault { get; init; }

        /// <summary><c>path = "…"</c>: another config is the base (the front end reads it; Core does no file I/O).</summary>
        public string? Path { get; init; }

        /// <summary>Rule ids of the base that are switched off.</summary>
        public IReadOnlyList<string> DisabledRules { get; init; } = new string[0];

        public int Line { get; init; }

        public int Column { get; init; }
    }
}

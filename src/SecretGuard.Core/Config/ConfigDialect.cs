namespace SecretGuard.Core.Config
{
    /// <summary>Which kind of TOML a <see cref="ConfigDocumentReader"/> reads.</summary>
    internal enum ConfigDialect
    {
        /// <summary>A user's <c>.secretguard.toml</c> / <c>.gitleaks.toml</c>: Go/RE2 patterns, unknown keys ignored (as gitleaks does).</summary>
        User,

        /// <summary>The shipped catalog (<c>rules/*.toml</c>): .NET patterns, unknown keys are errors, no <c>[extend]</c>.</summary>
        BuiltIn,
    }
}

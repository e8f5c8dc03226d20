namespace SecretGuard.Analyzers.Options
{
    /// <summary>The <c>.editorconfig</c> / <c>.globalconfig</c> keys SecretGuard reads.</summary>
    internal static class OptionKeys
    {
        /// <summary><c>secretguard.rule.&lt;rule-id&gt;.severity = none|suggestion|warning|error</c>.</summary>
        public const string RuleSeverityPrefix = "secretguard.rule.";
        public const string RuleSeveritySuffix = ".severity";

        /// <summary>Comma-separated extra words that make a name secret-like (<c>foo,bar</c>).</summary>
        public const string SecretNameWords = "secretguard.secret_name_words";

        /// <summary>Minimum Shannon entropy (bits per character) of a value assigned to a secret-named target (SG0002).</summary>
        public const string MinEntropy = "secretguard.min_entropy";

        /// <summary>Comma-separated globs of files not analysed (.editorconfig treats <c>;</c> as a comment, so it only separates in other sources).</summary>
        public const string ExcludedPaths = "secretguard.excluded_paths";

        /// <summary>The highest severity reported in a test project (<c>none|suggestion|warning</c>).</summary>
        public const string TestProjectSeverity = "secretguard.test_project_severity";

        /// <summary>Forces the test-project switch on or off (<c>true|false</c>) whatever the detection says.</summary>
        public const string IsTestProject = "secretguard.is_test_project";

        /// <summary>MSBuild's <c>IsTestProject</c>, visible when the package declares it a <c>CompilerVisibleProperty</c>.</summary>
        public const string BuildPropertyIsTestProject = "build_property.IsTestProject";
    }
}

using System;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>
    /// What one <c>rules/*.toml</c> file contributes: rendered rules, rendered global allowlists and any errors.
    /// Compared by value, so an unchanged file never triggers a new emit.
    /// </summary>
    internal sealed class RuleFileResult : IEquatable<RuleFileResult>
    {
        public RuleFileResult(string path, string fileName, EquatableArray<GeneratedRule> rules, EquatableArray<string> globalAllowlists, EquatableArray<GeneratorDiagnostic> diagnostics)
        {
            Path = path;
            FileName = fileName;
            Rules = rules;
            GlobalAllowlists = globalAllowlists;
            Diagnostics = diagnostics;
        }

        public string Path { get; }

        /// <summary>The file name without folders; files are emitted in ordinal order of this name.</summary>
        public string FileName { get; }

        public EquatableArray<GeneratedRule> Rules { get; }

        /// <summary>C# string literals: each global allowlist's <c>CatalogData</c> record.</summary>
        public EquatableArray<string> GlobalAllowlists { get; }

        public EquatableArray<GeneratorDiagnostic> Diagnostics { get; }

        public bool Equals(RuleFileResult? other) =>
            other != null && Path == other.Path && FileName == other.FileName && Rules.Equals(other.Rules)
            && GlobalAllowlists.Equals(other.GlobalAllowlists) && Diagnostics.Equals(other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as RuleFileResult);

        public override int GetHashCode() => (Path.GetHashCode() * 31) ^ Rules.GetHashCode();
    }
}

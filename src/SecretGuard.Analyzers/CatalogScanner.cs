using System.Collections.Generic;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// The one scanner the analyzers share: <see cref="SecretScanner.Default"/> over the built-in catalog,
    /// compiled once per process (the catalog is generated code, nothing is parsed per compilation).
    /// </summary>
    internal static class CatalogScanner
    {
        /// <summary>Strings shorter than this cannot hold a catalog secret worth reporting; skipped without scanning.</summary>
        public const int MinimumLength = 8;

        /// <summary>Scans one constant; literals too short or without any catalog keyword cost one cheap pass.</summary>
        public static IReadOnlyList<Finding> Scan(string value, string path)
            => value.Length < MinimumLength || !CatalogPrefilter.Default.MayMatch(value)
                ? System.Array.Empty<Finding>()
                : SecretScanner.Default.Scan(value, path ?? string.Empty);
    }
}

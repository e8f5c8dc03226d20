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

        public static IReadOnlyList<Finding> Scan(string value, string path)
            => value.Length < MinimumLength ? System.Array.Empty<Finding>() : SecretScanner.Default.Scan(value, path ?? string.Empty);
    }
}

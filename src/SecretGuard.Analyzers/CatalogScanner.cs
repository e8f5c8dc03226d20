using System.Collections.Generic;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// The one scanner the analyzers share: <see cref="SecretScanner.Default"/> over the built-in catalog,
    /// built once per process (the catalog is generated data, nothing is parsed per compilation).
    /// </summary>
    internal static class CatalogScanner
    {
        /// <summary>Strings shorter than this cannot hold a catalog secret worth reporting; skipped without scanning.</summary>
        public const int MinimumLength = 8;

        /// <summary>
        /// Scans one C# constant against the catalog's specific rules (token formats, keys…). Generic rules
        /// (tag <c>generic</c>: a secret-like name followed by a value) are left out: in C#, SG0002 and SG0003 do
        /// that job knowing the code's names and APIs. A literal without any keyword of a specific rule, which is
        /// almost every literal, costs one pass over its characters and no allocation.
        /// </summary>
        public static IReadOnlyList<Finding> ScanConstant(string value, string path)
        {
            if (value.Length < MinimumLength)
            {
                return System.Array.Empty<Finding>();
            }

            return SecretScanner.Default.ScanConstant(value, path ?? string.Empty);
        }

        /// <summary>True when <paramref name="value"/> contains a keyword of a specific catalog rule (no false negatives).</summary>
        public static bool MayMatch(string value) => SecretScanner.Default.MayMatchConstant(value);

        /// <summary>Scans a whole configuration file (SG0004) with every rule, generic ones included.</summary>
        public static IReadOnlyList<Finding> ScanFile(string text, string path) => SecretScanner.Default.Scan(text, path ?? string.Empty);
    }
}

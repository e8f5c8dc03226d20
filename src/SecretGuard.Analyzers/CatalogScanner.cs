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

        /// <summary>
        /// Scans one C# constant against the catalog's specific rules (token formats, keys…). Generic rules
        /// (tag <c>generic</c>: a secret-like name followed by a value) are left out: in C#, SG0002 and SG0003 do
        /// that job knowing the code's names and APIs. Literals too short or without any keyword cost one cheap pass.
        /// </summary>
        public static IReadOnlyList<Finding> ScanConstant(string value, string path)
        {
            if (value.Length < MinimumLength || !CatalogPrefilter.Default.MayMatch(value))
            {
                return System.Array.Empty<Finding>();
            }

            var findings = SecretScanner.Default.Scan(value, path ?? string.Empty);
            List<Finding>? specific = null;
            for (var i = 0; i < findings.Count; i++)
            {
                if (IsGeneric(findings[i]))
                {
                    if (specific is null)
                    {
                        specific = new List<Finding>(findings.Count);
                        for (var j = 0; j < i; j++)
                        {
                            specific.Add(findings[j]);
                        }
                    }
                }
                else
                {
                    specific?.Add(findings[i]);
                }
            }

            return specific ?? findings;
        }

        /// <summary>Scans a whole configuration file (SG0004) with every rule, generic ones included.</summary>
        public static IReadOnlyList<Finding> ScanFile(string text, string path) => SecretScanner.Default.Scan(text, path ?? string.Empty);

        private static bool IsGeneric(Finding finding)
        {
            foreach (var tag in finding.Tags)
            {
                if (tag == "generic")
                {
                    return true;
                }
            }

            return false;
        }
    }
}

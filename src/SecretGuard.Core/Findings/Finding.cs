using System.Collections.Generic;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Findings
{
    /// <summary>
    /// One detected secret. Positions are 1-based; <see cref="EndColumn"/> is exclusive.
    /// <see cref="Secret"/> is the plaintext and lives only in memory: reports must print
    /// <see cref="Preview"/> (redacted) unless the user asked for <c>--no-redact</c>.
    /// </summary>
    public sealed class Finding
    {
        private static readonly KeyValuePair<string, string>[] NoProperties = new KeyValuePair<string, string>[0];

        public string RuleId { get; init; } = "";

        public string Description { get; init; } = "";

        public Severity Severity { get; init; }

        public Confidence Confidence { get; init; }

        public ValidationStatus Validation { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = new string[0];

        /// <summary>Logical path as given to the scanner (forward slashes recommended).</summary>
        public string Path { get; init; } = "";

        public int Line { get; init; }

        public int Column { get; init; }

        public int EndLine { get; init; }

        public int EndColumn { get; init; }

        /// <summary>Offset of the secret in the scanned text (UTF-16 units).</summary>
        public int StartIndex { get; init; }

        /// <summary>Length of the secret in the scanned text (UTF-16 units).</summary>
        public int Length { get; init; }

        /// <summary>The secret's line, trimmed to a readable width, with every secret on it masked.</summary>
        public string Preview { get; init; } = "";

        /// <summary>
        /// Stable one-way id: rule + path + secret, never the line. Moving code keeps it; a different
        /// secret changes it. Safe to store in baselines and ignore files.
        /// </summary>
        public string Fingerprint { get; init; } = "";

        /// <summary>Plaintext secret. In memory only; never serialise without <c>--no-redact</c>.</summary>
        public string Secret { get; init; } = "";

        /// <summary>Extra facts attached by front ends (commit, author, keystore status…); see <see cref="FindingProperties"/>.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Properties { get; init; } = NoProperties;

        /// <summary>Returns the value of a property, or null.</summary>
        public string? GetProperty(string key)
        {
            foreach (var pair in Properties)
            {
                if (pair.Key == key)
                {
                    return pair.Value;
                }
            }

            return null;
        }

        /// <summary>A copy with extra properties appended (later keys win on lookup order: first match).</summary>
        public Finding WithProperties(IEnumerable<KeyValuePair<string, string>> extra)
        {
            var merged = new List<KeyValuePair<string, string>>(extra);
            merged.AddRange(Properties);
            return Copy(Path, Fingerprint, merged);
        }

        /// <summary>A copy reported at another logical path (the fingerprint follows the path).</summary>
        public Finding WithPath(string path)
        {
            return Copy(path, FindingFingerprint.Compute(RuleId, path, Secret), Properties);
        }

        private Finding Copy(string path, string fingerprint, IReadOnlyList<KeyValuePair<string, string>> properties)
        {
            return new Finding
            {
                RuleId = RuleId,
                Description = Description,
                Severity = Severity,
                Confidence = Confidence,
                Validation = Validation,
                Tags = Tags,
                Path = path,
                Line = Line,
                Column = Column,
                EndLine = EndLine,
                EndColumn = EndColumn,
                StartIndex = StartIndex,
                Length = Length,
                Preview = Preview,
                Fingerprint = fingerprint,
                Secret = Secret,
                Properties = properties,
            };
        }

        public override string ToString() => $"{Path}({Line},{Column}): {RuleId} {Fingerprint}";
    }
}

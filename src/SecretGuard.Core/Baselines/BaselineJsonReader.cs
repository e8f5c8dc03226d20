using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// Reads a baseline file (schema: see <see cref="BaselineJsonWriter"/>). Core does no file I/O: callers
    /// read the file and pass its text. Unknown properties are ignored so newer writers stay readable;
    /// a newer schema version, a missing or malformed fingerprint, or broken JSON throws
    /// <see cref="BaselineFormatException"/> naming the file and line.
    /// </summary>
    public static class BaselineJsonReader
    {
        public static Baseline Read(string json, string sourceName)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            sourceName ??= Baseline.DefaultFileName;
            var root = MiniJsonParser.Parse(json, sourceName);
            if (root.Kind != MiniJsonKind.Object)
            {
                throw new BaselineFormatException(sourceName, root.Line, "a baseline is a JSON object with \"version\" and \"findings\"");
            }

            var version = root.Member("version");
            if (version is null || version.Kind != MiniJsonKind.Number)
            {
                throw new BaselineFormatException(sourceName, root.Line, "missing numeric \"version\"");
            }

            if (version.Number > Baseline.CurrentVersion || version.Number < 1)
            {
                throw new BaselineFormatException(sourceName, version.Line, $"baseline version {version.Number} is not supported (this SecretGuard reads version {Baseline.CurrentVersion}); upgrade SecretGuard");
            }

            var findings = root.Member("findings");
            if (findings is null || findings.Kind != MiniJsonKind.Array)
            {
                throw new BaselineFormatException(sourceName, root.Line, "missing \"findings\" array");
            }

            var entries = new List<BaselineEntry>(findings.Items.Count);
            foreach (var item in findings.Items)
            {
                if (item.Kind != MiniJsonKind.Object)
                {
                    throw new BaselineFormatException(sourceName, item.Line, "each finding must be an object");
                }

                var fingerprint = RequiredString(item, "fingerprint", sourceName);
                if (!IgnoreFileParser.IsWellFormedFingerprint(fingerprint))
                {
                    throw new BaselineFormatException(sourceName, item.Line, "\"fingerprint\" is not of the form ruleId:hex32");
                }

                var ruleId = OptionalString(item, "ruleId", sourceName) ?? fingerprint.Substring(0, fingerprint.LastIndexOf(':'));
                var path = OptionalString(item, "path", sourceName) ?? "";
                var lineNode = item.Member("line");
                var line = lineNode != null && lineNode.Kind == MiniJsonKind.Number ? (int)lineNode.Number : 0;
                entries.Add(new BaselineEntry(fingerprint, ruleId, path, line));
            }

            return new Baseline(entries);
        }

        private static string RequiredString(MiniJsonNode node, string name, string sourceName)
        {
            return OptionalString(node, name, sourceName)
                ?? throw new BaselineFormatException(sourceName, node.Line, $"finding without \"{name}\"");
        }

        private static string? OptionalString(MiniJsonNode node, string name, string sourceName)
        {
            var member = node.Member(name);
            if (member is null || member.Kind == MiniJsonKind.Null)
            {
                return null;
            }

            if (member.Kind != MiniJsonKind.String)
            {
                throw new BaselineFormatException(sourceName, member.Line, $"\"{name}\" must be a string");
            }

            return member.Text;
        }
    }
}

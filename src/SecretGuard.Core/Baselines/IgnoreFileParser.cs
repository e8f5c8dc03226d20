using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// Parses <c>.secretguardignore</c>: one fingerprint per line (<c>ruleId:hex32</c>, as printed in every
    /// report), optionally followed by <c># why</c>. Blank lines and lines starting with <c>#</c> are
    /// comments. Anything else is an error naming the file and line, so a typo never silently ignores nothing.
    /// </summary>
    public static class IgnoreFileParser
    {
        public static IgnoreList Parse(string text, string sourceName)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            sourceName ??= IgnoreList.DefaultFileName;
            var entries = new List<IgnoreEntry>();
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var raw = lines[i].TrimEnd('\r');
                if (i == 0 && raw.Length > 0 && raw[0] == '\uFEFF')
                {
                    raw = raw.Substring(1);
                }

                var hash = raw.IndexOf('#');
                var value = (hash >= 0 ? raw.Substring(0, hash) : raw).Trim();
                var comment = hash >= 0 ? raw.Substring(hash + 1).Trim() : "";
                if (value.Length == 0)
                {
                    continue;
                }

                if (!IsWellFormedFingerprint(value))
                {
                    throw new BaselineFormatException(sourceName, i + 1, "expected a finding fingerprint of the form ruleId:hex32 (copy it from a report), optionally followed by '# comment'");
                }

                entries.Add(new IgnoreEntry(value, comment, i + 1));
            }

            return new IgnoreList(entries, sourceName);
        }

        /// <summary>True for <c>ruleId:</c> followed by 32 lowercase hex digits, the form <see cref="Findings.FindingFingerprint"/> produces.</summary>
        public static bool IsWellFormedFingerprint(string value)
        {
            if (value is null)
            {
                return false;
            }

            var colon = value.LastIndexOf(':');
            if (colon <= 0 || value.Length - colon - 1 != 32)
            {
                return false;
            }

            for (var i = 0; i < colon; i++)
            {
                if (char.IsWhiteSpace(value[i]))
                {
                    return false;
                }
            }

            for (var i = colon + 1; i < value.Length; i++)
            {
                var c = value[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System;
using System.Globalization;
using System.Text;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// Writes a baseline as stable, diff-friendly JSON (one finding per line, sorted):
    /// <code>
    /// {
    ///   "version": 1,
    ///   "generator": "secretguard",
    ///   "findings": [
    ///     { "fingerprint": "github-pat:0123…", "ruleId": "github-pat", "path": "src/app.config", "line": 12 }
    ///   ]
    /// }
    /// </code>
    /// Only fingerprints and hints are written; never a secret or a preview of one.
    /// </summary>
    public static class BaselineJsonWriter
    {
        public static string Write(Baseline baseline)
        {
            if (baseline is null)
            {
                throw new ArgumentNullException(nameof(baseline));
            }

            var builder = new StringBuilder();
            builder.Append("{\n");
            builder.Append("  \"version\": ").Append(Baseline.CurrentVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            builder.Append("  \"generator\": \"secretguard\",\n");
            builder.Append("  \"findings\": [");
            for (var i = 0; i < baseline.Entries.Count; i++)
            {
                var entry = baseline.Entries[i];
                builder.Append(i == 0 ? "\n" : ",\n");
                builder.Append("    { \"fingerprint\": ");
                AppendString(builder, entry.Fingerprint);
                builder.Append(", \"ruleId\": ");
                AppendString(builder, entry.RuleId);
                builder.Append(", \"path\": ");
                AppendString(builder, entry.Path);
                builder.Append(", \"line\": ").Append(entry.Line.ToString(CultureInfo.InvariantCulture)).Append(" }");
            }

            builder.Append(baseline.Entries.Count == 0 ? "]\n" : "\n  ]\n");
            builder.Append("}\n");
            return builder.ToString();
        }

        private static void AppendString(StringBuilder builder, string value)
        {
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }
}

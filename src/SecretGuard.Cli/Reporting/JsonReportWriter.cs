using System.Text.Encodings.Web;
using System.Text.Json;
using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Reporting;

/// <summary>
/// JSON report, schema version 1 (stable: fields are only ever added):
/// <c>{ version, tool{name,version}, summary{filesScanned, bytesScanned, skipped{binary,tooLarge,unreadable,symlinks,allowlisted},
/// durationMs, findings, notes[]}, findings[{ruleId, description, severity, confidence, validation, tags[], path, line, column,
/// endLine, endColumn, preview, fingerprint, properties{}, secret (only with --no-redact)}] }</c>.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();

            json.WriteStartObject("summary");
            json.WriteNumber("filesScanned", summary.FilesScanned);
            json.WriteNumber("bytesScanned", summary.BytesScanned);
            json.WriteStartObject("skipped");
            json.WriteNumber("binary", summary.SkippedBinary);
            json.WriteNumber("tooLarge", summary.SkippedTooLarge);
            json.WriteNumber("unreadable", summary.SkippedUnreadable);
            json.WriteNumber("symlinks", summary.SkippedSymlinks);
            json.WriteNumber("allowlisted", summary.SkippedAllowlisted);
            json.WriteEndObject();
            json.WriteNumber("durationMs", (long)summary.Duration.TotalMilliseconds);
            json.WriteNumber("findings", summary.FindingsCount);
            json.WriteStartArray("notes");
            foreach (var note in summary.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                WriteFinding(json, finding, context);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportContext context)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("description", finding.Description);
        json.WriteString("severity", ReportText.Name(finding.Severity));
        json.WriteString("confidence", ReportText.Name(finding.Confidence));
        json.WriteString("validation", ReportText.Name(finding.Validation));
        json.WriteStartArray("tags");
        foreach (var tag in finding.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("path", finding.Path);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("preview", finding.Preview);
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteStartObject("properties");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in finding.Properties)
        {
            if (written.Add(pair.Key))
            {
                json.WriteString(pair.Key, pair.Value);
            }
        }

        json.WriteEndObject();
        if (!context.Redact)
        {
            json.WriteString("secret", finding.Secret);
        }

        json.WriteEndObject();
    }
}

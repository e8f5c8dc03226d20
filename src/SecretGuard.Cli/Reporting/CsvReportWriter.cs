using System.Globalization;
using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Reporting;

/// <summary>
/// RFC 4180 CSV, one row per finding. Columns (stable): rule_id, description, severity, confidence, validation, path, line,
/// column, end_line, end_column, fingerprint, preview, commit, author, email, date, then secret with <c>--no-redact</c>.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    private static readonly string[] PropertyColumns = [FindingProperties.Commit, FindingProperties.Author, FindingProperties.Email, FindingProperties.Date];

    public ReportFormat Format => ReportFormat.Csv;

    public void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context)
    {
        var header = new List<string> { "rule_id", "description", "severity", "confidence", "validation", "path", "line", "column", "end_line", "end_column", "fingerprint", "preview" };
        header.AddRange(PropertyColumns);
        if (!context.Redact)
        {
            header.Add("secret");
        }

        WriteRow(output, header);
        foreach (var finding in findings)
        {
            var row = new List<string>
            {
                finding.RuleId,
                finding.Description,
                ReportText.Name(finding.Severity),
                ReportText.Name(finding.Confidence),
                ReportText.Name(finding.Validation),
                finding.Path,
                finding.Line.ToString(CultureInfo.InvariantCulture),
                finding.Column.ToString(CultureInfo.InvariantCulture),
                finding.EndLine.ToString(CultureInfo.InvariantCulture),
                finding.EndColumn.ToString(CultureInfo.InvariantCulture),
                finding.Fingerprint,
                finding.Preview,
            };
            foreach (var key in PropertyColumns)
            {
                row.Add(finding.GetProperty(key) ?? "");
            }

            if (!context.Redact)
            {
                row.Add(finding.Secret);
            }

            WriteRow(output, row);
        }
    }

    /// <summary>Quotes a field when it contains a comma, quote, CR or LF (RFC 4180); a leading =,+,-,@ is prefixed with ' against spreadsheet formula injection.</summary>
    public static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(',', fields.Select(Escape)));
        output.Write("\r\n");
    }
}

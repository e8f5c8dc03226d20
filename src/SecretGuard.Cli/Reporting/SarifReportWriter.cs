using System.Text.Encodings.Web;
using System.Text.Json;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rules that produced findings in
/// <c>tool.driver.rules</c>, results with a relative <c>artifactLocation.uri</c> under <c>%SRCROOT%</c>, a UTF-16 region and
/// <c>partialFingerprints["secretguard/v1"]</c> (line-independent, so alerts survive code moves).
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SrcRoot = "%SRCROOT%";
    public const string FingerprintKey = "secretguard/v1";

    public ReportFormat Format => ReportFormat.Sarif;

    public void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new List<(string Id, Rule? Rule, Finding First)>();
        foreach (var finding in findings)
        {
            if (!ruleIndex.ContainsKey(finding.RuleId))
            {
                ruleIndex[finding.RuleId] = rules.Count;
                rules.Add((finding.RuleId, context.Catalog?.Find(finding.RuleId), finding));
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolInfo.FullName);
            json.WriteString("informationUri", ToolInfo.InformationUri);
            json.WriteString("semanticVersion", ToolInfo.Version);
            json.WriteString("version", ToolInfo.Version);
            json.WriteStartArray("rules");
            foreach (var (id, rule, first) in rules)
            {
                WriteRule(json, id, rule, first);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            if (context.BaseDirectory is not null)
            {
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SrcRoot);
                json.WriteString("uri", DirectoryUri(context.BaseDirectory));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, ruleIndex[finding.RuleId], context);
            }

            json.WriteEndArray();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteStartObject("properties");
            json.WriteNumber("filesScanned", summary.FilesScanned);
            json.WriteNumber("bytesScanned", summary.BytesScanned);
            json.WriteNumber("filesSkipped", summary.SkippedTotal);
            json.WriteNumber("durationMs", (long)summary.Duration.TotalMilliseconds);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    /// <summary>SARIF level for a severity.</summary>
    public static string Level(Severity severity) => ReportText.Name(severity);

    /// <summary>A relative path as a SARIF relative URI reference (each segment escaped, forward slashes).</summary>
    public static string RelativeUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static void WriteRule(Utf8JsonWriter json, string id, Rule? rule, Finding first)
    {
        var description = rule?.Description ?? first.Description;
        var severity = rule?.Severity ?? first.Severity;
        var tags = rule?.Tags ?? first.Tags;

        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", string.IsNullOrEmpty(description) ? id : description);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", $"{(string.IsNullOrEmpty(description) ? id : description)}. A credential committed to source can be copied by anyone who can read the repository: rotate it, then remove it.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags"); // SARIF requires distinct tags
        foreach (var tag in new[] { "security", "secret" }.Concat(tags).Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("security-severity", severity switch
        {
            Severity.Error => "8.0",
            Severity.Warning => "5.0",
            _ => "2.0",
        });
        json.WriteString("precision", (rule?.Confidence ?? first.Confidence) switch
        {
            Confidence.High => "high",
            Confidence.Medium => "medium",
            _ => "low",
        });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int index, ReportContext context)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        var description = string.IsNullOrEmpty(finding.Description) ? finding.RuleId : finding.Description;
        json.WriteString("text", $"{description} ({finding.RuleId}); confidence {ReportText.Name(finding.Confidence)}, validation {ReportText.Name(finding.Validation)}.");
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathFullyQualified(finding.Path))
        {
            json.WriteString("uri", new Uri(finding.Path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", RelativeUri(finding.Path));
            json.WriteString("uriBaseId", SrcRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, finding.Line));
        if (finding.Length > 0 && finding.Column > 0)
        {
            json.WriteNumber("startColumn", finding.Column);
            json.WriteNumber("endLine", Math.Max(finding.Line, finding.EndLine));
            json.WriteNumber("endColumn", finding.EndColumn);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("confidence", ReportText.Name(finding.Confidence));
        json.WriteString("validation", ReportText.Name(finding.Validation));
        json.WriteString("preview", finding.Preview);
        var written = new HashSet<string>(StringComparer.Ordinal) { "confidence", "validation", "preview", "secret" };
        foreach (var pair in finding.Properties)
        {
            if (written.Add(pair.Key))
            {
                json.WriteString(pair.Key, pair.Value);
            }
        }

        if (!context.Redact)
        {
            json.WriteString("secret", finding.Secret);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}

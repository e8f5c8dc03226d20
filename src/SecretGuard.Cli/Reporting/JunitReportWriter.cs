using System.Globalization;
using System.Text;
using System.Xml;
using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Reporting;

/// <summary>
/// JUnit XML for CI test tabs: one <c>testsuite</c> per file with findings, one failing <c>testcase</c> per finding; a clean
/// run is one passing test case so the tab shows the scan ran.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Junit;

    public void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context)
    {
        var seconds = summary.Duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", ToolInfo.Name);
            xml.WriteAttributeString("tests", Math.Max(1, findings.Count).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", findings.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("time", seconds);

            if (findings.Count == 0)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", ToolInfo.Name);
                xml.WriteAttributeString("tests", "1");
                xml.WriteAttributeString("failures", "0");
                xml.WriteAttributeString("time", seconds);
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", ToolInfo.Name);
                xml.WriteAttributeString("name", $"no secrets found in {summary.FilesScanned} {context.ScanKind}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            foreach (var group in findings.GroupBy(f => f.Path, StringComparer.Ordinal))
            {
                var count = group.Count().ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", XmlSafe(group.Key));
                xml.WriteAttributeString("tests", count);
                xml.WriteAttributeString("failures", count);
                foreach (var finding in group)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", XmlSafe(finding.Path));
                    xml.WriteAttributeString("name", $"{finding.RuleId} at {finding.Line}:{finding.Column}");
                    xml.WriteAttributeString("file", XmlSafe(finding.Path));
                    xml.WriteAttributeString("line", finding.Line.ToString(CultureInfo.InvariantCulture));
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", finding.RuleId);
                    xml.WriteAttributeString("message", $"{finding.Description} ({ReportText.Name(finding.Severity)}, confidence {ReportText.Name(finding.Confidence)})");
                    xml.WriteString(XmlSafe(Details(finding, context)));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                ok = true;
            }

            if (!ok)
            {
                safe ??= new StringBuilder(text, 0, i, text.Length);
                safe.Append('\uFFFD');
            }
            else
            {
                safe?.Append(c);
            }
        }

        return safe?.ToString() ?? text;
    }

    private static string Details(Finding finding, ReportContext context)
    {
        var details = new StringBuilder();
        details.Append(CultureInfo.InvariantCulture, $"{finding.Path}:{finding.Line}:{finding.Column}\n");
        details.Append(CultureInfo.InvariantCulture, $"preview: {finding.Preview}\n");
        details.Append(CultureInfo.InvariantCulture, $"fingerprint: {finding.Fingerprint}\n");
        foreach (var pair in finding.Properties)
        {
            details.Append(CultureInfo.InvariantCulture, $"{pair.Key}: {pair.Value}\n");
        }

        if (!context.Redact)
        {
            details.Append(CultureInfo.InvariantCulture, $"secret: {finding.Secret}\n");
        }

        return details.ToString();
    }
}

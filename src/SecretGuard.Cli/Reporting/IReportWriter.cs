using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Reporting;

/// <summary>Renders findings and a summary in one format. Writers never print <c>Finding.Secret</c> unless <see cref="ReportContext.Redact"/> is false.</summary>
public interface IReportWriter
{
    ReportFormat Format { get; }

    /// <summary>Writes the whole report. <paramref name="findings"/> are already sorted (path, line, column).</summary>
    void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context);
}

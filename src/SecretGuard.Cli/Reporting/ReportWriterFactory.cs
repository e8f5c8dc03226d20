namespace SecretGuard.Cli.Reporting;

/// <summary>Maps a <see cref="ReportFormat"/> to its writer.</summary>
public static class ReportWriterFactory
{
    public static IReportWriter Create(ReportFormat format) => format switch
    {
        ReportFormat.Pretty => new PrettyReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Csv => new CsvReportWriter(),
        ReportFormat.Junit => new JunitReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}

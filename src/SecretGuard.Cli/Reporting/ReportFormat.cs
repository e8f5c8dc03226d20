namespace SecretGuard.Cli.Reporting;

/// <summary>Output formats shared by every command that reports findings (<c>--format</c>).</summary>
public enum ReportFormat
{
    /// <summary>Human-readable, grouped by file; coloured on a terminal, plain when redirected.</summary>
    Pretty,

    /// <summary>Stable JSON document (schema version 1, see docs in the README).</summary>
    Json,

    /// <summary>SARIF 2.1.0, accepted by GitHub code scanning.</summary>
    Sarif,

    /// <summary>One row per finding with a header row.</summary>
    Csv,

    /// <summary>JUnit XML, one failing test case per finding.</summary>
    Junit,
}

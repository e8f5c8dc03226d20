using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Reporting;

/// <summary>Everything a writer needs besides the findings: redaction, colour, the catalog for rule metadata, the path base.</summary>
public sealed class ReportContext
{
    /// <summary>False only with <c>--no-redact</c>: then writers include <c>Finding.Secret</c>.</summary>
    public bool Redact { get; init; } = true;

    /// <summary>Pretty output only: emit ANSI colours (a terminal, no <c>NO_COLOR</c>, no <c>--output</c>).</summary>
    public bool Color { get; init; }

    /// <summary>Rules the findings came from (SARIF rule metadata); null means "derive from the findings".</summary>
    public RuleCatalog? Catalog { get; init; }

    /// <summary>
    /// Absolute folder that relative finding paths are relative to (SARIF <c>%SRCROOT%</c>); null when paths are
    /// absolute or have no folder (stdin).
    /// </summary>
    public string? BaseDirectory { get; init; }

    /// <summary>What was scanned, for report titles (e.g. "files", "git history").</summary>
    public string ScanKind { get; init; } = "files";
}

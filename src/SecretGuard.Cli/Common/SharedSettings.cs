using SecretGuard.Cli.Reporting;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Common;

/// <summary>The values of <see cref="SharedOptions"/> for one invocation.</summary>
public sealed class SharedSettings
{
    public ReportFormat Format { get; init; } = ReportFormat.Pretty;

    public FileInfo? OutputFile { get; init; }

    public bool NoRedact { get; init; }

    public FileInfo? ConfigFile { get; init; }

    public FileInfo? BaselineFile { get; init; }

    /// <summary><c>--report-stale</c>: list baseline and ignore entries that matched nothing.</summary>
    public bool ReportStale { get; init; }

    public bool Verbose { get; init; }

    public Confidence MinConfidence { get; init; } = Confidence.Low;
}

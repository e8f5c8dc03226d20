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

    /// <summary><c>--keystore [PATH]</c> or <c>--track</c>: annotate findings from the keystore.</summary>
    public bool UseKeystore { get; init; }

    /// <summary>The store named by <c>--keystore PATH</c>; null for the default location (or <c>SECRETGUARD_KEYSTORE</c>).</summary>
    public string? KeystorePath { get; init; }

    /// <summary><c>--keystore-key-file FILE</c>; null for the default (or <c>SECRETGUARD_KEYSTORE_KEY_FILE</c>).</summary>
    public string? KeystoreKeyFile { get; init; }

    /// <summary><c>--track</c>: record new finds as LEAKED keystore entries.</summary>
    public bool Track { get; init; }
}

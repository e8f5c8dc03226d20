using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Applies <c>--baseline FILE</c>. The baseline format lives in <c>SecretGuard.Core/Baselines</c> (git branch); until it is
/// merged here, asking for a baseline is a clear usage error rather than a silently ignored option.
/// </summary>
public static class BaselineFilter
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, FileInfo? baselineFile)
    {
        if (baselineFile is null)
        {
            return findings;
        }

        throw new UsageException("--baseline is not available in this build yet.");
    }
}

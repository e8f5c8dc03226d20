using SecretGuard.Core.Baselines;
using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Applies <c>--baseline FILE</c> and the <c>.secretguardignore</c> file of the scanned root: findings whose fingerprint is
/// listed are not reported. The summary notes say how many were suppressed and, with <c>--report-stale</c>, which entries
/// matched nothing. Unreadable or malformed files are usage errors naming the file and line (exit 2), never ignored.
/// </summary>
public static class BaselineFilter
{
    /// <summary>Reported findings plus summary notes (suppressed counts, stale entries).</summary>
    public sealed record Outcome(IReadOnlyList<Finding> Reported, IReadOnlyList<string> Notes, IReadOnlyList<StaleEntry> Stale);

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, FileInfo? baselineFile) =>
        Filter(findings, baselineFile, ignoreRoot: null, reportStale: false).Reported;

    /// <summary>Filters by the baseline (if given) and by <c>.secretguardignore</c> in <paramref name="ignoreRoot"/> (if present).</summary>
    public static Outcome Filter(IReadOnlyList<Finding> findings, FileInfo? baselineFile, string? ignoreRoot, bool reportStale)
    {
        var baseline = baselineFile is null ? null : LoadBaseline(baselineFile);
        var ignorePath = ignoreRoot is null ? null : Path.Combine(ignoreRoot, IgnoreList.DefaultFileName);
        var ignore = ignorePath is not null && File.Exists(ignorePath) ? LoadIgnoreList(ignorePath) : null;
        var suppressor = new FindingSuppressor(baseline, baselineFile?.Name, ignore);
        var reported = suppressor.Filter(findings);

        var notes = new List<string>();
        if (baseline is not null)
        {
            notes.Add($"{suppressor.SuppressedByBaseline} accepted by baseline {baselineFile!.Name} ({baseline.Count} entries)");
        }

        if (ignore is not null && suppressor.SuppressedByIgnore > 0)
        {
            notes.Add($"{suppressor.SuppressedByIgnore} ignored by {IgnoreList.DefaultFileName}");
        }

        var stale = reportStale ? suppressor.StaleEntries() : [];
        foreach (var entry in stale)
        {
            var where = entry.SourceName == IgnoreList.DefaultFileName || entry.SourceName == ignorePath ? $"{IgnoreList.DefaultFileName}:{entry.Line}" : entry.SourceName;
            notes.Add($"stale {where}: {entry.Fingerprint}{(entry.Hint.Length > 0 ? " (" + entry.Hint + ")" : "")} matched nothing");
        }

        if (reportStale && stale.Count == 0)
        {
            notes.Add("no stale baseline or ignore entries");
        }

        return new Outcome(reported, notes, stale);
    }

    public static Baseline LoadBaseline(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UsageException($"--baseline: file '{file.FullName}' does not exist (create one with 'secretguard baseline create').");
        }

        try
        {
            return BaselineJsonReader.Read(File.ReadAllText(file.FullName), file.FullName);
        }
        catch (BaselineFormatException exception)
        {
            throw new UsageException($"{exception.Message}");
        }
    }

    private static IgnoreList LoadIgnoreList(string path)
    {
        try
        {
            return IgnoreFileParser.Parse(File.ReadAllText(path), path);
        }
        catch (BaselineFormatException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}

using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Reporting;

/// <summary>The spelling of enum values and sizes shared by all writers (lower-case, stable: part of the JSON/CSV schema).</summary>
public static class ReportText
{
    public static string Name(Severity severity) => severity switch
    {
        Severity.Note => "note",
        Severity.Warning => "warning",
        _ => "error",
    };

    public static string Name(Confidence confidence) => confidence switch
    {
        Confidence.Low => "low",
        Confidence.Medium => "medium",
        _ => "high",
    };

    public static string Name(ValidationStatus validation) => validation switch
    {
        ValidationStatus.Valid => "valid",
        ValidationStatus.Invalid => "invalid",
        _ => "not-checked",
    };

    /// <summary>1536 → "1.5 KB"; binary units, one decimal.</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }

    /// <summary>"0.42 s", "1 m 03 s".</summary>
    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 60
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.00} s")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} m {duration.Seconds:00} s");

    /// <summary>"skipped 2 binary, 1 too large" or null when nothing was skipped.</summary>
    public static string? Skipped(ScanSummary summary)
    {
        var parts = new List<string>();
        Add(parts, summary.SkippedBinary, "binary");
        Add(parts, summary.SkippedTooLarge, "too large");
        Add(parts, summary.SkippedUnreadable, "unreadable");
        Add(parts, summary.SkippedSymlinks, "symlinks");
        Add(parts, summary.SkippedAllowlisted, "allowlisted");
        return parts.Count == 0 ? null : "skipped " + string.Join(", ", parts);

        static void Add(List<string> parts, long count, string what)
        {
            if (count > 0)
            {
                parts.Add($"{count} {what}");
            }
        }
    }

    /// <summary>One-line summary used by the pretty writer and by logs.</summary>
    public static string SummaryLine(ScanSummary summary, int filesWithFindings)
    {
        var head = summary.FindingsCount == 0
            ? "No secrets found"
            : $"{summary.FindingsCount} {(summary.FindingsCount == 1 ? "finding" : "findings")} in {filesWithFindings} {(filesWithFindings == 1 ? "file" : "files")}";
        var line = $"{head} · {summary.FilesScanned} {(summary.FilesScanned == 1 ? "file" : "files")} scanned ({Bytes(summary.BytesScanned)}) in {Duration(summary.Duration)}";
        var skipped = Skipped(summary);
        return skipped is null ? line : $"{line} · {skipped}";
    }
}

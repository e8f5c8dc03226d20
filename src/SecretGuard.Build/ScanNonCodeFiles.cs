using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Microsoft.Build.Framework;
using SecretGuard.Core.Baselines;
using SecretGuard.Core.Config;
using Task = Microsoft.Build.Utilities.Task;

namespace SecretGuard.Build;

/// <summary>
/// MSBuild task: scans the project's non-code files (the <c>SecretGuardScan</c> items) with Core, reusing
/// the cached results of unchanged files, and writes the findings file that
/// <see cref="ReportSecretGuardFindings"/> turns into errors. Does not log findings itself, so the build
/// reports them the same way whether this target ran or was skipped as up to date.
/// </summary>
public sealed class ScanNonCodeFiles : Task
{
    /// <summary>Candidate files (the <c>SecretGuardScan</c> items).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Files the compiler sees (e.g. <c>AdditionalFiles</c>): the analyzer owns them.</summary>
    public ITaskItem[] CompilerOwnedFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Folder logical paths are relative to; default: the git repository root, else the project folder.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>A <c>.secretguard.toml</c>; empty: the built-in catalog.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>A <c>.secretguard-baseline.json</c>; empty: none.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>A <c>.secretguardignore</c>; empty: none.</summary>
    public string? IgnoreFile { get; set; }

    /// <summary>Per-file results (obj/); also the target's Outputs stamp, rewritten on every run.</summary>
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>Findings to report (obj/); deleted when there are none.</summary>
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    [Output]
    public int ScannedFileCount { get; private set; }

    [Output]
    public int CachedFileCount { get; private set; }

    [Output]
    public int FindingCount { get; private set; }

    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        var selector = new ScanFileSelector(ProjectDirectory);
        var files = selector.Select(ItemSpecs(Files), ItemSpecs(CompilerOwnedFiles));

        Suppressions suppressions;
        Core.Detection.SecretScanner scanner;
        try
        {
            scanner = ScannerCache.Get(ConfigFile);
            suppressions = Suppressions.Load(BaselineFile, IgnoreFile);
        }
        catch (ConfigException exception)
        {
            return ConfigurationError(exception.SourceName, exception.Line, exception.Column, exception.Reason);
        }
        catch (BaselineFormatException exception)
        {
            return ConfigurationError(exception.SourceName, exception.Line, 0, exception.Problem);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            return ConfigurationError(FirstNonEmpty(ConfigFile, BaselineFile, IgnoreFile), 0, 0, exception.Message);
        }

        var root = string.IsNullOrWhiteSpace(RepositoryRoot) ? Build.RepositoryRoot.Find(ProjectDirectory) : RepositoryRoot!;
        var fileScanner = new NonCodeFileScanner(scanner, root);
        var previous = ScanCache.Load(CacheFile, SettingsKey(root));
        var next = new ScanCache(previous.SettingsKey);
        var reported = new List<BuildFinding>();

        foreach (var file in files)
        {
            IReadOnlyList<BuildFinding> findings;
            FileStamp stamp;
            try
            {
                stamp = FileStamp.Of(file);
                if (previous.TryGet(file, stamp, out findings))
                {
                    CachedFileCount++;
                }
                else
                {
                    findings = fileScanner.ScanFile(file);
                    ScannedFileCount++;
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogWarning(null, BuildDiagnosticIds.UnreadableFile, null, file, 0, 0, 0, 0,
                    "SecretGuard could not read this file, so it was not scanned: {0}", exception.Message);
                continue;
            }

            next.Set(file, stamp, findings);
            foreach (var finding in findings)
            {
                if (!suppressions.IsSuppressed(finding.Fingerprint))
                {
                    reported.Add(finding);
                }
            }
        }

        FindingCount = reported.Count;
        try
        {
            FindingsFileFormat.Write(FindingsFile, reported);
            next.Save(CacheFile);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            Log.LogError("SecretGuard: could not write '{0}' or '{1}': {2}", FindingsFile, CacheFile, exception.Message);
            return false;
        }

        Log.LogMessage(MessageImportance.Normal,
            "SecretGuard: scanned {0} file(s), reused {1} unchanged, {2} finding(s), in {3} ms",
            ScannedFileCount, CachedFileCount, FindingCount, stopwatch.ElapsedMilliseconds);
        return !Log.HasLoggedErrors;
    }

    private bool ConfigurationError(string file, int line, int column, string problem)
    {
        Log.LogError(null, BuildDiagnosticIds.InvalidConfiguration, null, file, line, column, 0, 0,
            "SecretGuard configuration is invalid: {0}", problem);
        return false;
    }

    private string SettingsKey(string root)
    {
        var parts = new List<string>
        {
            typeof(ScanNonCodeFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            typeof(Core.Detection.SecretScanner).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            Path.GetFullPath(root),
        };
        foreach (var file in new[] { ConfigFile, BaselineFile, IgnoreFile })
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                parts.Add("-");
                continue;
            }

            var stamp = File.Exists(file) ? FileStamp.Of(file!) : default;
            parts.Add(file + "@" + stamp.Length + "@" + stamp.LastWriteTicksUtc);
        }

        return string.Join("|", parts);
    }

    private static IEnumerable<string> ItemSpecs(ITaskItem[]? items)
    {
        if (items is null)
        {
            yield break;
        }

        foreach (var item in items)
        {
            yield return item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec;
        }
    }

    private static string FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value!;
            }
        }

        return string.Empty;
    }
}

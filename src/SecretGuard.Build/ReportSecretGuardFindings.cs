using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace SecretGuard.Build;

/// <summary>
/// MSBuild task: logs the findings written by <see cref="ScanNonCodeFiles"/> as
/// <c>file(line,col): error SG1001: …</c> (or warnings, per <c>SecretGuardSeverity</c>), so IDEs and CI
/// logs link to the file and line.
/// </summary>
public sealed class ReportSecretGuardFindings : Task
{
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    /// <summary><c>error</c> (default: rule severities) or <c>warning</c> (nothing fails the build).</summary>
    public string? Severity { get; set; }

    [Output]
    public int ErrorCount { get; private set; }

    [Output]
    public int WarningCount { get; private set; }

    public override bool Execute()
    {
        if (!ReportLevels.TryParseSetting(Severity, out var ceiling))
        {
            Log.LogError(null, BuildDiagnosticIds.InvalidConfiguration, null, null, 0, 0, 0, 0,
                "SecretGuardSeverity must be 'error' or 'warning', not '{0}'", Severity);
            return false;
        }

        IReadOnlyList<BuildFinding> findings;
        try
        {
            findings = FindingsFileFormat.Read(FindingsFile);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            Log.LogError("SecretGuard: could not read '{0}': {1}", FindingsFile, exception.Message);
            return false;
        }

        foreach (var finding in findings)
        {
            Report(finding, ReportLevels.For(finding.Severity, ceiling));
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(BuildFinding finding, ReportLevel level)
    {
        var message = FindingMessageFormatter.Message(finding);
        var helpKeyword = finding.Code;

        // End line/column 0: loggers print the short "file(line,col)" form that IDEs and CI problem matchers parse.
        switch (level)
        {
            case ReportLevel.Error:
                ErrorCount++;
                Log.LogError(null, finding.Code, helpKeyword, finding.File, finding.Line, finding.Column, 0, 0, "{0}", message);
                break;
            case ReportLevel.Warning:
                WarningCount++;
                Log.LogWarning(null, finding.Code, helpKeyword, finding.File, finding.Line, finding.Column, 0, 0, "{0}", message);
                break;
            default:
                Log.LogMessage(null, finding.Code, helpKeyword, finding.File, finding.Line, finding.Column, 0, 0, MessageImportance.High, "{0}", message);
                break;
        }
    }
}

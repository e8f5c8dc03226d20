using System.Globalization;

namespace SecretGuard.Build;

/// <summary>
/// Text of the task's diagnostics. Only the redacted preview and the fingerprint are shown, never the secret.
/// </summary>
public static class FindingMessageFormatter
{
    /// <summary>The message part of <c>file(line,col): error SG1001: message</c>.</summary>
    public static string Message(BuildFinding finding)
    {
        if (finding.Code == BuildDiagnosticIds.PrivateKeyFile)
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "Private key material in the project: {0} [{1}]. Keep keys out of the source tree (fingerprint {2})",
                finding.Description,
                finding.RuleId,
                finding.Fingerprint);
        }

        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} [{1}]: {2} (fingerprint {3})",
            finding.Description,
            finding.RuleId,
            finding.Preview.Trim(),
            finding.Fingerprint);
    }

    /// <summary>
    /// The canonical MSBuild line, as the console logger prints it (without the project suffix):
    /// <c>file(line,col): error SG1001: message</c>.
    /// </summary>
    public static string Canonical(BuildFinding finding, ReportLevel level) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            finding.File,
            finding.Line,
            finding.Column,
            level == ReportLevel.Error ? "error" : level == ReportLevel.Warning ? "warning" : "message",
            finding.Code,
            Message(finding));
}

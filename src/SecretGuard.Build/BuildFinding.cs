using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>
/// One finding as the task stores and reports it: a location, the diagnostic id, the rule and a redacted
/// preview. Never carries the plaintext secret, so it is safe to cache in obj/.
/// </summary>
public sealed class BuildFinding
{
    public BuildFinding(
        string file,
        int line,
        int column,
        int endLine,
        int endColumn,
        string code,
        string ruleId,
        string description,
        Severity severity,
        string preview,
        string fingerprint)
    {
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Code = code;
        RuleId = ruleId;
        Description = description;
        Severity = severity;
        Preview = preview;
        Fingerprint = fingerprint;
    }

    /// <summary>Full path of the file, as MSBuild and IDEs link to it.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    /// <summary>Exclusive end column (1-based), as Core reports it.</summary>
    public int EndColumn { get; }

    /// <summary>Diagnostic id from <see cref="BuildDiagnosticIds"/>.</summary>
    public string Code { get; }

    public string RuleId { get; }

    public string Description { get; }

    public Severity Severity { get; }

    /// <summary>The finding's line with the secret masked.</summary>
    public string Preview { get; }

    /// <summary>Line-independent one-way id (<c>rule:hex</c>) used by baselines.</summary>
    public string Fingerprint { get; }
}

namespace SecretGuard.Build;

/// <summary>How a finding is logged: MSBuild error, warning or (for note-severity rules) a high-importance message.</summary>
public enum ReportLevel
{
    Message,
    Warning,
    Error,
}

namespace SecretGuard.Core.Rules
{
    /// <summary>How bad a leak found by a rule is. Maps to SARIF levels and MSBuild/Roslyn severities.</summary>
    public enum Severity
    {
        Note = 0,
        Warning = 1,
        Error = 2,
    }
}

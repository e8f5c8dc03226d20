namespace SecretGuard.Core.Rules
{
    /// <summary>How sure a rule (after validation) is that a match is a real credential.</summary>
    public enum Confidence
    {
        Low = 0,
        Medium = 1,
        High = 2,
    }
}

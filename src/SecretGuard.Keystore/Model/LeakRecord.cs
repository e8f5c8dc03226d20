namespace SecretGuard.Keystore.Model;

/// <summary>Where the scanner first saw a credential.</summary>
public sealed class LeakRecord
{
    public string RuleId { get; set; } = "";

    public string Path { get; set; } = "";

    public string? Commit { get; set; }

    public DateTimeOffset FirstSeen { get; set; }
}

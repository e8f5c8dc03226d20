namespace SecretGuard.Keystore.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock : TimeProvider
{
    public ManualClock(DateTimeOffset start)
    {
        Now = start;
    }

    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Verification;

/// <summary>The outcome of one verification, the reason in words, and the matching entry when one was found.</summary>
public sealed record VerifyResult(VerifyOutcome Outcome, string Reason, KeyEntry? Entry = null)
{
    public bool IsValid => Outcome == VerifyOutcome.Valid;

    /// <summary>A note for a valid key that still needs attention (it leaked, it is being rotated out).</summary>
    public string? Warning { get; init; }

    public int ExitCode => (int)Outcome;
}

namespace SecretGuard.Cli.Scanning;

/// <summary>Why a file's text was not scanned.</summary>
public enum SkipReason
{
    Binary,
    TooLarge,
    Unreadable,
    Symlink,
    Allowlisted,
}

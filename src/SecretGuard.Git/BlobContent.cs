namespace SecretGuard.Git;

/// <summary>A blob read for scanning: its text when it is text, else why it was skipped.</summary>
internal readonly record struct BlobContent(BlobKind Kind, string Text, long Size);

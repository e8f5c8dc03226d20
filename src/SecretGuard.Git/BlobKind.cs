namespace SecretGuard.Git;

/// <summary>How a blob's bytes were classified before scanning.</summary>
internal enum BlobKind
{
    Text,
    Binary,
    LfsPointer,
    TooLarge,
}

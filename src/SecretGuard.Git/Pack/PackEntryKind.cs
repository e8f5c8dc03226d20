namespace SecretGuard.Git.Pack;

/// <summary>The object types of a pack entry header (git's numbering).</summary>
internal enum PackEntryKind : byte
{
    None = 0,
    Commit = 1,
    Tree = 2,
    Blob = 3,
    Tag = 4,
    OffsetDelta = 6,
    ReferenceDelta = 7,
}

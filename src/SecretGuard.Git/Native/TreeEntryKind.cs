namespace SecretGuard.Git.Native;

/// <summary>What a tree entry points at (from its mode).</summary>
internal enum TreeEntryKind
{
    Blob,
    Tree,
    Submodule,
}

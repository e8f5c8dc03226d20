using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>One entry of a git tree, reduced to what the history walk needs.</summary>
internal readonly record struct TreeItem(string Name, ObjectId Id, TreeItemKind Kind);

internal enum TreeItemKind
{
    Blob,
    Tree,
    Submodule,
}

namespace SecretGuard.Git;

/// <summary>A path at which a blob was introduced, and the first commit (in walk order) that introduced it there. Null commit: staged.</summary>
internal sealed record BlobPlace(string Path, CommitInfo? Commit);

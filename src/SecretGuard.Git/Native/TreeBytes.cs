namespace SecretGuard.Git.Native;

/// <summary>A tree object's raw content: <see cref="Length"/> bytes at <see cref="Start"/> in <see cref="Data"/> (which may hold other objects too; never changed).</summary>
internal readonly record struct TreeBytes(Oid Id, byte[] Data, int Start, int Length);

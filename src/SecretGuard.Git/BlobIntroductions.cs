using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// The (blob, path) places seen so far in an oldest-first walk. The first sighting of a place is the commit that
/// introduced it there and is handed to <see cref="BlobFound"/> at once, so scanning overlaps the walk; a blob
/// already seen at that path (in any later commit) is never scanned again.
/// </summary>
internal sealed class BlobIntroductions
{
    private readonly Dictionary<Oid, List<string>> paths = new();
    private readonly SortedSet<string> submodules = new(StringComparer.Ordinal);

    /// <summary>Receives each new place: the blob, the path and the introducing commit (null when staged).</summary>
    public Action<Oid, BlobPlace>? BlobFound { get; set; }

    /// <summary>Distinct blobs seen.</summary>
    public int Count => paths.Count;

    public IReadOnlyCollection<string> SubmodulePaths => submodules;

    public void Add(Oid blob, string path, CommitInfo? commit)
    {
        if (!paths.TryGetValue(blob, out var known))
        {
            paths.Add(blob, [path]);
        }
        else
        {
            foreach (var existing in known)
            {
                if (string.Equals(existing, path, StringComparison.Ordinal))
                {
                    return;
                }
            }

            known.Add(path);
        }

        BlobFound?.Invoke(blob, new BlobPlace(path, commit));
    }

    public void AddSubmodule(string path) => submodules.Add(path);
}

using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// Every unique blob to scan, with the places (path, first introducing commit) it appeared at.
/// A blob is read and decoded once however many commits and paths share it.
/// </summary>
internal sealed class BlobIntroductions
{
    private readonly Dictionary<Oid, List<BlobPlace>> places = new();
    private readonly SortedSet<string> submodules = new(StringComparer.Ordinal);

    public int Count => places.Count;

    public IReadOnlyCollection<string> SubmodulePaths => submodules;

    /// <summary>Records a place; the first commit recorded for a (blob, path) wins, so walk oldest first.</summary>
    public void Add(Oid blob, string path, CommitInfo? commit)
    {
        if (!places.TryGetValue(blob, out var list))
        {
            places.Add(blob, [new BlobPlace(path, commit)]);
            return;
        }

        foreach (var place in list)
        {
            if (string.Equals(place.Path, path, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(new BlobPlace(path, commit));
    }

    public void AddSubmodule(string path) => submodules.Add(path);

    public List<(Oid Blob, BlobPlace[] Places)> ToWorkList()
    {
        var list = new List<(Oid, BlobPlace[])>(places.Count);
        foreach (var pair in places)
        {
            list.Add((pair.Key, pair.Value.ToArray()));
        }

        return list;
    }
}

using LibGit2Sharp;

namespace SecretGuard.Git;

/// <summary>
/// Every unique blob to scan, with the places (path, first introducing commit) it appeared at.
/// A blob is read and decoded once however many commits and paths share it.
/// </summary>
internal sealed class BlobIntroductions
{
    private readonly Dictionary<ObjectId, Dictionary<string, BlobPlace>> places = new();
    private readonly SortedSet<string> submodules = new(StringComparer.Ordinal);

    public int Count => places.Count;

    public IReadOnlyCollection<string> SubmodulePaths => submodules;

    /// <summary>Records a place; the first commit recorded for a (blob, path) wins, so walk oldest first.</summary>
    public void Add(ObjectId blob, string path, CommitInfo? commit)
    {
        if (!places.TryGetValue(blob, out var byPath))
        {
            byPath = new Dictionary<string, BlobPlace>(1, StringComparer.Ordinal);
            places.Add(blob, byPath);
        }

        if (!byPath.ContainsKey(path))
        {
            byPath.Add(path, new BlobPlace(path, commit));
        }
    }

    public void AddSubmodule(string path) => submodules.Add(path);

    public List<(ObjectId Blob, BlobPlace[] Places)> ToWorkList()
    {
        var list = new List<(ObjectId, BlobPlace[])>(places.Count);
        foreach (var pair in places)
        {
            var array = new BlobPlace[pair.Value.Count];
            pair.Value.Values.CopyTo(array, 0);
            list.Add((pair.Key, array));
        }

        return list;
    }
}

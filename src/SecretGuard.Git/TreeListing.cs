namespace SecretGuard.Git;

/// <summary>The entries of one tree with a by-name index built on first lookup.</summary>
internal sealed class TreeListing
{
    private Dictionary<string, TreeItem>? byName;

    public TreeListing(TreeItem[] items)
    {
        Items = items;
    }

    public TreeItem[] Items { get; }

    public bool TryGet(string name, out TreeItem item)
    {
        if (Items.Length <= 8)
        {
            foreach (var candidate in Items)
            {
                if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
                {
                    item = candidate;
                    return true;
                }
            }

            item = default;
            return false;
        }

        if (byName is null)
        {
            var index = new Dictionary<string, TreeItem>(Items.Length, StringComparer.Ordinal);
            foreach (var candidate in Items)
            {
                index[candidate.Name] = candidate;
            }

            byName = index;
        }

        return byName.TryGetValue(name, out item);
    }
}

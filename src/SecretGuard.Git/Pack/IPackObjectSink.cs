namespace SecretGuard.Git.Pack;

/// <summary>Receives the objects a <see cref="PackResolver"/> resolves; called from several threads at once.</summary>
internal interface IPackObjectSink
{
    /// <summary>A wanted object's content (valid only during the call).</summary>
    void Resolved(PackFile pack, PackEntries entries, int entry, ReadOnlySpan<byte> content);

    /// <summary>A wanted object larger than the size limit: not inflated.</summary>
    void TooLarge(PackFile pack, PackEntries entries, int entry, long size);

    /// <summary>A wanted object that could not be resolved from the pack (corrupt data or a corrupt base).</summary>
    void Failed(PackFile pack, PackEntries entries, int entry, string reason);
}

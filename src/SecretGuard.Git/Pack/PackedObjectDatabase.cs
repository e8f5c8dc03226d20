using SecretGuard.Git.Native;

namespace SecretGuard.Git.Pack;

/// <summary>
/// The packs of a repository (<c>objects/pack/*.pack</c> with a version 2 <c>.idx</c>), mapped and with their entries
/// parsed, for bulk reads. Objects outside them (loose objects, alternates, packs that cannot be read here) are
/// simply not found; callers read those through libgit2, which also names what is missing or corrupt.
/// </summary>
internal sealed class PackedObjectDatabase : IDisposable
{
    private readonly List<(PackFile Pack, PackEntries Entries)> packs;

    private PackedObjectDatabase(List<(PackFile Pack, PackEntries Entries)> packs)
    {
        this.packs = packs;
    }

    public IReadOnlyList<(PackFile Pack, PackEntries Entries)> Packs => packs;

    /// <summary>Objects listed by the pack indexes of <paramref name="gitDirectory"/> (read from the index headers only).</summary>
    public static long CountPackedObjects(string gitDirectory)
    {
        long total = 0;
        Span<byte> header = stackalloc byte[8 + (256 * 4)];
        foreach (var index in IndexFiles(gitDirectory))
        {
            try
            {
                using var stream = File.OpenRead(index);
                stream.ReadExactly(header);
                total += System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[^4..]);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // unreadable: not counted (and not opened by Open either)
            }
        }

        return total;
    }

    /// <summary>Opens every readable pack; packs that cannot be read are skipped (reported through <paramref name="skipped"/>).</summary>
    public static PackedObjectDatabase Open(string gitDirectory, Action<string>? skipped = null)
    {
        var packs = new List<(PackFile, PackEntries)>();
        foreach (var indexPath in IndexFiles(gitDirectory))
        {
            PackFile? pack = null;
            try
            {
                var index = PackIndex.Read(indexPath);
                pack = PackFile.Open(Path.ChangeExtension(indexPath, ".pack"));
                packs.Add((pack, PackEntries.Build(pack, index)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                pack?.Dispose();
                skipped?.Invoke($"{indexPath}: {exception.Message}");
            }
        }

        return new PackedObjectDatabase(packs);
    }

    /// <summary>The pack and entry holding <paramref name="id"/> as a resolvable object; false when no pack has it.</summary>
    public bool TryLocate(Oid id, out int pack, out int entry)
    {
        for (pack = 0; pack < packs.Count; pack++)
        {
            entry = packs[pack].Entries.Find(id);
            if (entry >= 0 && packs[pack].Entries.Kind[entry] != PackEntryKind.None)
            {
                return true;
            }
        }

        pack = -1;
        entry = -1;
        return false;
    }

    public void Dispose()
    {
        foreach (var (pack, _) in packs)
        {
            pack.Dispose();
        }

        packs.Clear();
    }

    private static IEnumerable<string> IndexFiles(string gitDirectory)
    {
        var folder = Path.Combine(gitDirectory, "objects", "pack");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            return Directory.GetFiles(folder, "pack-*.idx").Where(index => File.Exists(Path.ChangeExtension(index, ".pack"))).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

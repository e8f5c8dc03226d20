namespace SecretGuard.Git.Tests.Packs;

/// <summary>
/// A repository with a history worth packing: many versions of a few files (so the pack holds delta chains), secrets
/// added and removed, a revert to an earlier version (the same blob introduced twice: the first commit must win), a
/// rename, a merge and a binary file.
/// </summary>
internal static class PackedRepository
{
    public static TempRepository CreateWithHistory(int versions = 40)
    {
        var repository = TempRepository.Create();
        var random = new Random(20261122);
        var lines = Enumerable.Range(0, 60).Select(i => $"setting_{i} = value {random.Next(100000)}").ToList();
        repository.WriteBytes("assets/logo.bin", [.. Enumerable.Range(0, 2048).Select(i => (byte)(i % 7 == 0 ? 0 : random.Next(256)))]);
        List<string>? snapshot = null;
        for (var version = 0; version < versions; version++)
        {
            lines[random.Next(lines.Count)] = $"setting_{random.Next(100)} = value {random.Next(100000)}";
            if (version == 5)
            {
                lines.Insert(10, $"revert_token = \"{TestSecrets.GitHubToken()}\"");
                snapshot = [.. lines];
            }

            if (version == 6)
            {
                lines.RemoveAt(10);
            }

            if (version % 25 == 24 && snapshot is not null)
            {
                lines = [.. snapshot]; // a revert: version 5's blob again
            }
            if (version % 9 == 3)
            {
                lines.Insert(random.Next(lines.Count), $"github_token = \"{TestSecrets.GitHubToken()}\"");
            }

            if (version % 13 == 7)
            {
                lines.RemoveAll(line => line.StartsWith("github_token", StringComparison.Ordinal));
            }

            repository.Write("config/settings.ini", string.Join("\n", lines) + "\n");
            repository.Write($"notes/day{version % 5}.md", $"# day {version}\n" + string.Join("\n", lines.Take(20)) + "\n");
            if (version == versions / 2)
            {
                repository.Git("mv", "config/settings.ini", "config/app.ini");
                repository.Git("mv", "config/app.ini", "config/settings.ini");
                repository.Git("checkout", "-q", "-b", "side");
                repository.Write("side/extra.env", $"API=1\nTOKEN={TestSecrets.GitHubToken()}\n");
                repository.CommitAll("side work");
                repository.Git("checkout", "-q", "main");
                repository.Git("merge", "-q", "--no-ff", "-m", "merge side", "side");
            }

            repository.CommitAll($"version {version}");
        }

        return repository;
    }

    /// <summary>Packs every object: <c>git gc</c> (offset deltas) or a repack with reference deltas only.</summary>
    public static void Pack(TempRepository repository, bool referenceDeltas = false)
    {
        if (referenceDeltas)
        {
            repository.Git("-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q", "--depth=50", "--window=50");
        }
        else
        {
            repository.Git("gc", "-q", "--aggressive", "--prune=now");
        }
    }

    public static string PackIndexPath(TempRepository repository) =>
        Directory.GetFiles(Path.Combine(repository.Path, ".git", "objects", "pack"), "*.idx").Single();

    /// <summary>Damages the compressed data of the packed object at <paramref name="revision"/> (e.g. <c>HEAD:a.txt</c>); returns its id.</summary>
    public static string DamageEntry(TempRepository repository, string revision)
    {
        var id = repository.Git("rev-parse", revision).Trim();
        var entry = Entries(repository).Single(item => item.Id == id);
        var packPath = Path.ChangeExtension(PackIndexPath(repository), ".pack");
        File.SetAttributes(packPath, FileAttributes.Normal);
        var bytes = File.ReadAllBytes(packPath);
        for (var i = 6; i < 30; i++)
        {
            bytes[entry.Offset + i] ^= 0x5A; // past the entry header, into the zlib stream
        }

        File.WriteAllBytes(packPath, bytes);
        return id;
    }

    /// <summary>(id, type, offset, depth) of every packed object, from <c>git verify-pack -v</c>.</summary>
    public static List<(string Id, string Type, long Offset, int Depth)> Entries(TempRepository repository)
    {
        var entries = new List<(string, string, long, int)>();
        foreach (var line in repository.Git("verify-pack", "-v", PackIndexPath(repository)).Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 5 && parts[0].Length == 40 && parts[1] is "blob" or "tree" or "commit" or "tag")
            {
                entries.Add((parts[0], parts[1], long.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture), parts.Length >= 7 ? int.Parse(parts[5], System.Globalization.CultureInfo.InvariantCulture) : 0));
            }
        }

        return entries;
    }
}

using SecretGuard.Git.Native;
using SecretGuard.Git.Pack;

namespace SecretGuard.Git.Tests.Packs;

/// <summary>Bulk pack reading gives every object exactly the bytes git has for it, with offset and reference deltas.</summary>
public sealed class PackResolverTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_packed_object_resolves_to_the_content_libgit2_reads(bool referenceDeltas)
    {
        using var repository = PackedRepository.CreateWithHistory();
        PackedRepository.Pack(repository, referenceDeltas);
        var listed = PackedRepository.Entries(repository);
        Assert.Contains(listed, entry => entry.Depth > 1); // the pack really holds delta chains
        var gitDirectory = Path.Combine(repository.Path, ".git");

        using var database = PackedObjectDatabase.Open(gitDirectory);
        var (pack, entries) = Assert.Single(database.Packs);
        Assert.Equal(listed.Count, entries.Count);
        var deltaKind = referenceDeltas ? PackEntryKind.ReferenceDelta : PackEntryKind.OffsetDelta;
        Assert.Contains(Enumerable.Range(0, entries.Count), entry => pack.TryReadHeader(entries.Offsets[entry], out var kind, out _, out _, out _, out _) && kind == deltaKind);
        var sink = new CollectingSink();
        PackResolver.Resolve(pack, entries, Enumerable.Repeat(true, entries.Count).ToArray(), long.MaxValue, threads: 2, sink);

        Assert.Empty(sink.Failures);
        Assert.Equal(listed.Count, sink.Contents.Count);
        using var reader = new ObjectReader(gitDirectory);
        foreach (var (id, type, _, _) in listed)
        {
            Assert.True(Oid.TryParseHex(System.Text.Encoding.ASCII.GetBytes(id), out var oid));
            var expectedType = type switch
            {
                "blob" => Libgit2.ObjectType.Blob,
                "tree" => Libgit2.ObjectType.Tree,
                "commit" => Libgit2.ObjectType.Commit,
                _ => Libgit2.ObjectType.Tag,
            };
            var expected = reader.Read(oid, expectedType, raw => raw.ToArray());
            Assert.True(expected.AsSpan().SequenceEqual(sink.Contents[oid]), $"{type} {id}: content differs from libgit2's");
        }
    }

    [Fact]
    public void Only_wanted_objects_are_handed_over_and_large_ones_are_not_inflated()
    {
        using var repository = TempRepository.Create();
        repository.Write("small.txt", "small\n");
        repository.Write("large.txt", new string('x', 5000) + "\n");
        repository.CommitAll("two files");
        PackedRepository.Pack(repository);
        var small = ParseId(repository.Git("rev-parse", "HEAD:small.txt"));
        var large = ParseId(repository.Git("rev-parse", "HEAD:large.txt"));

        using var database = PackedObjectDatabase.Open(Path.Combine(repository.Path, ".git"));
        var (pack, entries) = Assert.Single(database.Packs);
        var wanted = new bool[entries.Count];
        wanted[entries.Find(small)] = true;
        wanted[entries.Find(large)] = true;
        var sink = new CollectingSink();
        PackResolver.Resolve(pack, entries, wanted, maxSize: 1000, threads: 1, sink);

        Assert.Equal([small], sink.Contents.Keys);
        Assert.Equal("small\n"u8.ToArray(), sink.Contents[small]);
        Assert.Equal(5001, Assert.Single(sink.TooLargeSizes).Value);
    }

    [Fact]
    public void Damaged_compressed_data_is_reported_for_the_object_and_its_deltas()
    {
        using var repository = TempRepository.Create();
        repository.Write("a.txt", string.Join("\n", Enumerable.Range(0, 200).Select(i => $"line {i} of a file that will get a few versions")) + "\n");
        repository.CommitAll("v1");
        repository.Write("other.txt", "independent content\n");
        repository.CommitAll("other");
        PackedRepository.Pack(repository);
        var damaged = PackedRepository.DamageEntry(repository, "HEAD:a.txt");

        using var database = PackedObjectDatabase.Open(Path.Combine(repository.Path, ".git"));
        var (pack, entries) = Assert.Single(database.Packs);
        var sink = new CollectingSink();
        PackResolver.Resolve(pack, entries, Enumerable.Repeat(true, entries.Count).ToArray(), long.MaxValue, threads: 1, sink);

        var failure = Assert.Single(sink.Failures);
        Assert.Equal(damaged, failure.Key.ToHex());
        Assert.Contains("corrupt", failure.Value, StringComparison.Ordinal);
        Assert.Equal(entries.Count - 1, sink.Contents.Count);
    }

    private static Oid ParseId(string hex)
    {
        Assert.True(Native.Oid.TryParseHex(System.Text.Encoding.ASCII.GetBytes(hex.Trim()), out var oid));
        return oid;
    }

    private sealed class CollectingSink : IPackObjectSink
    {
        public Dictionary<Oid, byte[]> Contents { get; } = new();

        public Dictionary<Oid, long> TooLargeSizes { get; } = new();

        public Dictionary<Oid, string> Failures { get; } = new();

        public void Resolved(PackFile pack, PackEntries entries, int entry, ReadOnlySpan<byte> content)
        {
            lock (this)
            {
                Contents.Add(entries.Ids[entry], content.ToArray());
            }
        }

        public void TooLarge(PackFile pack, PackEntries entries, int entry, long size)
        {
            lock (this)
            {
                TooLargeSizes.Add(entries.Ids[entry], size);
            }
        }

        public void Failed(PackFile pack, PackEntries entries, int entry, string reason)
        {
            lock (this)
            {
                Failures.Add(entries.Ids[entry], reason);
            }
        }
    }
}

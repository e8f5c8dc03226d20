using System.Collections.Concurrent;
using SecretGuard.Git.Native;
using SecretGuard.Git.Pack;

namespace SecretGuard.Git;

/// <summary>
/// Reads the walked blobs that the packs hold in one bulk pass (<see cref="PackResolver"/>: each base inflated once,
/// its deltas applied from it, families shared out among threads) and scans each as it is resolved, on the
/// resolving thread. Blobs outside the packs, or that fail to resolve, are returned for the one-at-a-time reader.
/// </summary>
internal sealed class PackedBlobScan : IPackObjectSink
{
    private readonly BlobScanWorker worker;
    private readonly IReadOnlyDictionary<Oid, BlobPlace[]> places;
    private readonly ConcurrentBag<Oid> unresolved = new();

    private PackedBlobScan(BlobScanWorker worker, IReadOnlyDictionary<Oid, BlobPlace[]> places)
    {
        this.worker = worker;
        this.places = places;
    }

    /// <summary>Scans every blob of <paramref name="places"/> the packs can resolve; returns the rest, to read through libgit2.</summary>
    public static List<Oid> Run(PackedObjectDatabase database, BlobScanWorker worker, IReadOnlyDictionary<Oid, BlobPlace[]> places, long maxBlobSize, int threads)
    {
        var scan = new PackedBlobScan(worker, places);
        var wanted = new bool[database.Packs.Count][];
        for (var i = 0; i < wanted.Length; i++)
        {
            wanted[i] = new bool[database.Packs[i].Entries.Count];
        }

        var rest = new List<Oid>();
        foreach (var blob in places.Keys)
        {
            if (database.TryLocate(blob, out var pack, out var entry) && database.Packs[pack].Entries.Kind[entry] == PackEntryKind.Blob)
            {
                wanted[pack][entry] = true;
            }
            else
            {
                rest.Add(blob);
            }
        }

        for (var i = 0; i < wanted.Length; i++)
        {
            var (pack, entries) = database.Packs[i];
            PackResolver.Resolve(pack, entries, wanted[i], maxBlobSize, threads, scan);
        }

        rest.AddRange(scan.unresolved);
        return rest;
    }

    void IPackObjectSink.Resolved(PackFile pack, PackEntries entries, int entry, ReadOnlySpan<byte> content)
    {
        worker.Scan(content, places[entries.Ids[entry]]);
    }

    void IPackObjectSink.TooLarge(PackFile pack, PackEntries entries, int entry, long size)
    {
        worker.Skip(BlobKind.TooLarge, size, places[entries.Ids[entry]]);
    }

    void IPackObjectSink.Failed(PackFile pack, PackEntries entries, int entry, string reason)
    {
        unresolved.Add(entries.Ids[entry]);
    }
}

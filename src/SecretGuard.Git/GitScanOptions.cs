namespace SecretGuard.Git;

/// <summary>What part of a repository's history <see cref="GitHistoryScanner"/> reads, and how.</summary>
public sealed class GitScanOptions
{
    /// <summary>Default <see cref="MaxBlobSize"/>: 10 MiB. Larger blobs are skipped (and counted).</summary>
    public const long DefaultMaxBlobSize = 10L * 1024 * 1024;

    /// <summary>Branches (or any revisions) to walk; empty means every ref plus HEAD (<c>--all</c>).</summary>
    public IReadOnlyList<string> Branches { get; init; } = Array.Empty<string>();

    /// <summary><c>A..B</c>: the commits reachable from B but not from A (what a pull request adds). Overrides <see cref="Branches"/>.</summary>
    public string? Range { get; init; }

    /// <summary>Only commits whose committer date is at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only commits whose committer date is at or before this instant.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Blobs larger than this many bytes are not read.</summary>
    public long MaxBlobSize { get; init; } = DefaultMaxBlobSize;

    /// <summary>Worker threads reading and scanning blobs.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Receives counters now and then while scanning (at most every 100 ms), for a progress display.</summary>
    public IProgress<GitScanProgress>? Progress { get; init; }
}

using SecretGuard.Core.Findings;

namespace SecretGuard.Git;

/// <summary>Findings of a history or staged scan, with the facts a summary should state.</summary>
public sealed class GitScanResult
{
    /// <summary>New findings, oldest introducing commit first, then path and line. Each place (path and occurrence of a secret) once.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = Array.Empty<Finding>();

    public int CommitsScanned { get; init; }

    /// <summary>Distinct blobs read and scanned (each once, however many commits share it).</summary>
    public int BlobsScanned { get; init; }

    public long BytesScanned { get; init; }

    public int BinaryBlobsSkipped { get; init; }

    public int LfsPointersSkipped { get; init; }

    public int LargeBlobsSkipped { get; init; }

    /// <summary>The repository is a shallow clone: history before its boundary is not there and was not scanned.</summary>
    public bool IsShallow { get; init; }

    /// <summary>Paths of submodules (gitlinks) seen; their contents live in other repositories and were not scanned.</summary>
    public IReadOnlyList<string> SubmodulePaths { get; init; } = Array.Empty<string>();

    /// <summary>Objects that could not be read; everything else was scanned.</summary>
    public IReadOnlyList<GitScanProblem> Problems { get; init; } = Array.Empty<GitScanProblem>();

    public TimeSpan Elapsed { get; init; }
}

using SecretGuard.Git;

namespace SecretGuard.Cli.Git;

/// <summary>The git-specific options of <c>secretguard git</c> (apart from the shared report options).</summary>
public sealed class GitCommandSettings
{
    public string Repository { get; init; } = ".";

    public bool Staged { get; init; }

    public IReadOnlyList<string> Branches { get; init; } = [];

    public string? Range { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public long MaxBlobSize { get; init; } = GitScanOptions.DefaultMaxBlobSize;

    public int Threads { get; init; } = Environment.ProcessorCount;
}

namespace SecretGuard.Cli.Scanning;

/// <summary>What <c>secretguard scan</c> should walk and read (the file-system options, apart from the shared report options).</summary>
public sealed class ScanSettings
{
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>Folder names never entered unless <see cref="IncludeIgnoredDirectories"/>.</summary>
    public static readonly IReadOnlyList<string> IgnoredDirectoryNames = [".git", "bin", "obj", "node_modules"];

    /// <summary>Paths as given; <c>-</c> means standard input.</summary>
    public IReadOnlyList<string> Paths { get; init; } = ["."];

    /// <summary>Logical path of standard input in findings.</summary>
    public string StdinName { get; init; } = "stdin";

    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    public bool IncludeIgnoredDirectories { get; init; }

    public bool FollowSymlinks { get; init; }

    public int Threads { get; init; } = Environment.ProcessorCount;
}

namespace SecretGuard.Cli.Scanning;

/// <summary>One file to scan: where it is on disk, the logical path findings carry, and its size when enumerated.</summary>
public readonly record struct ScanTarget(string FullPath, string LogicalPath, long Length);

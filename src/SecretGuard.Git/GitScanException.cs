namespace SecretGuard.Git;

/// <summary>A scan that cannot start: not a repository, an unknown branch or range, staged mode in a bare repository.</summary>
public sealed class GitScanException : Exception
{
    public GitScanException(string message)
        : base(message)
    {
    }

    public GitScanException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

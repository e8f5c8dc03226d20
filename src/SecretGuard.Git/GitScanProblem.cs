namespace SecretGuard.Git;

/// <summary>
/// Something in the repository that could not be read (a corrupt or missing object). The scan goes on
/// without it; the front end reports every problem and exits with the runtime-error code.
/// </summary>
public sealed record GitScanProblem(string ObjectId, string Message)
{
    public override string ToString() => Message;
}

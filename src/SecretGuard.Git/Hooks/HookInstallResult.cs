namespace SecretGuard.Git.Hooks;

/// <summary>What <see cref="PreCommitHookInstaller"/> did, in words for the user, and where.</summary>
public sealed record HookInstallResult(string HookPath, string Message);

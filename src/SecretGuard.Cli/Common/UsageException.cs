namespace SecretGuard.Cli.Common;

/// <summary>A problem with what the user asked for (missing path, bad option value). Its message is shown as is; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

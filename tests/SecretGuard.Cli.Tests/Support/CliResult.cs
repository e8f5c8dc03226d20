namespace SecretGuard.Cli.Tests.Support;

/// <summary>Exit code and captured streams of one in-process run of the tool.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;
}

using SecretGuard.Cli;

namespace SecretGuard.Git.Tests.Commands;

/// <summary>Runs the secretguard CLI in-process and captures its streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

using System.Text;

namespace SecretGuard.Cli.Tests.Support;

/// <summary>Runs <c>secretguard</c> in-process with captured standard streams.</summary>
public static class Tool
{
    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static CliResult RunWithInput(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        var exitCode = Program.Run(args, output, error, input);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

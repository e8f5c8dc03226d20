using System.CommandLine;

namespace SecretGuard.Cli.Common;

/// <summary>Parses and invokes the root command: parse errors print clearly and exit 2 (System.CommandLine's default is 1).</summary>
public static class CommandLineHost
{
    public static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error, Stream? input)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"{Reporting.ToolInfo.Name}: error: {parseError.Message}");
            }

            error.WriteLine($"Run '{Reporting.ToolInfo.Name} --help' for usage.");
            return ExitCodes.Error;
        }

        var previous = CommandIO.InputOverride.Value;
        CommandIO.InputOverride.Value = input;
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        finally
        {
            CommandIO.InputOverride.Value = previous;
        }
    }
}

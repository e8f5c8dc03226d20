using System.CommandLine;
using SecretGuard.Cli.Common;

namespace SecretGuard.Cli;

/// <summary>Entry point of the <c>secretguard</c> tool. Each command group lives in its own folder and exposes <c>Create()</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool in-process with the given standard streams (tests pass writers and, optionally, stdin bytes).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Stream? input = null)
    {
        var root = new RootCommand("SecretGuard: find leaked secrets in files, folders and git history; track credentials in a local keystore.");
        // Command groups register here, one line each.
        root.Subcommands.Add(Scanning.ScanCommand.Create());
        root.Subcommands.Add(Rules.RulesCommand.Create());
        root.Subcommands.Add(Keystore.KeystoreCommand.Create());
        root.Subcommands.Add(Git.GitCommand.Create());
        root.Subcommands.Add(Git.HookCommand.Create());
        root.Subcommands.Add(Git.BaselineCommand.Create());
        return CommandLineHost.Invoke(root, args, output, error, input);
    }
}

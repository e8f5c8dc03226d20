using System.CommandLine;

namespace SecretGuard.Cli;

/// <summary>Entry point of the <c>secretguard</c> tool. Each command group lives in its own folder and exposes <c>Create()</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("SecretGuard: find leaked secrets in files, folders and git history; track credentials in a local keystore.");
        // Command groups register here, one line each.
        root.Subcommands.Add(Keystore.KeystoreCommand.Create());
        return root.Parse(args).Invoke();
    }
}

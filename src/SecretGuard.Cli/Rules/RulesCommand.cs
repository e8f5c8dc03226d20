using System.CommandLine;

namespace SecretGuard.Cli.Rules;

/// <summary><c>secretguard rules</c>: inspect the rule catalog (<c>list</c>) and try it on files (<c>test</c>).</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Inspect the rule catalog and try it on files.");
        command.Subcommands.Add(RulesListCommand.Create());
        command.Subcommands.Add(RulesTestCommand.Create());
        return command;
    }
}

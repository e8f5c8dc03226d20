using System.CommandLine;
using SecretGuard.Cli.Common;
using SecretGuard.Git;
using SecretGuard.Git.Hooks;

namespace SecretGuard.Cli.Git;

/// <summary><c>secretguard hook install|uninstall</c>: the git pre-commit hook that runs <c>secretguard git --staged</c>.</summary>
public static class HookCommand
{
    public static Command Create()
    {
        var command = new Command("hook", "Install or remove the git pre-commit hook that scans staged changes.");
        command.Subcommands.Add(CreateInstall());
        command.Subcommands.Add(CreateUninstall());
        return command;
    }

    private static Command CreateInstall()
    {
        var command = new Command("install", "Write the pre-commit hook (respects core.hooksPath). An existing hook is kept and chained: it runs first.");
        var repository = RepositoryArgument();
        var force = new Option<bool>("--force")
        {
            Description = "When a foreign hook and an earlier chained hook both exist, chain the current one and save the earlier one as .bak.",
        };
        var verbose = VerboseOption();
        command.Arguments.Add(repository);
        command.Options.Add(force);
        command.Options.Add(verbose);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, verbose, io =>
        {
            var result = Guard(() => PreCommitHookInstaller.Install(parseResult.GetValue(repository) ?? ".", parseResult.GetValue(force)));
            io.Out.WriteLine(result.Message);
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static Command CreateUninstall()
    {
        var command = new Command("uninstall", "Remove the SecretGuard pre-commit hook and restore the hook it chained, if any.");
        var repository = RepositoryArgument();
        var verbose = VerboseOption();
        command.Arguments.Add(repository);
        command.Options.Add(verbose);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, verbose, io =>
        {
            var result = Guard(() => PreCommitHookInstaller.Uninstall(parseResult.GetValue(repository) ?? "."));
            io.Out.WriteLine(result.Message);
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static HookInstallResult Guard(Func<HookInstallResult> action)
    {
        try
        {
            return action();
        }
        catch (GitScanException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    private static Argument<string> RepositoryArgument() => new("REPO")
    {
        Description = "Repository folder. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };

    private static Option<bool> VerboseOption() => new("--verbose", "-v")
    {
        Description = "Show stack traces of errors.",
    };
}

using System.CommandLine;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>secretguard keystore …</c> (alias <c>ks</c>): generate, import, verify, rotate, revoke, audit, list, stats, export.</summary>
public static class KeystoreCommand
{
    /// <param name="stdin">Where <c>--stdin</c> reads from (the console by default; tests pass a reader).</param>
    /// <param name="clock">The clock for expiry and overlap decisions (the system clock by default).</param>
    public static Command Create(TextReader? stdin = null, TimeProvider? clock = null)
    {
        var context = new KeystoreCommandContext(stdin, clock);
        var command = new Command("keystore", "Track, verify and audit credentials in a local encrypted keystore (AES-256-GCM; see docs/keystore.md).");
        command.Aliases.Add("ks");
        command.Options.Add(context.StoreOption);
        command.Options.Add(context.KeyFileOption);
        command.Subcommands.Add(GenerateCommand.Create(context));
        command.Subcommands.Add(ImportCommand.Create(context));
        command.Subcommands.Add(VerifyCommand.Create(context));
        command.Subcommands.Add(RotateCommand.Create(context));
        command.Subcommands.Add(RevokeCommand.Create(context));
        command.Subcommands.Add(AuditCommand.Create(context));
        command.Subcommands.Add(ListCommand.Create(context));
        command.Subcommands.Add(StatsCommand.Create(context));
        command.Subcommands.Add(ExportCommand.Create(context));
        return command;
    }
}

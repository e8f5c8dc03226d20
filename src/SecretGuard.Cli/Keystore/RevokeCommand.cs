using System.CommandLine;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>keystore revoke ID [--reason TEXT]</c>: permanent; verify refuses the credential from now on (exit 5).</summary>
internal static class RevokeCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Entry id (see 'list')" };
        var reason = new Option<string?>("--reason") { Description = "Why (kept in the store, shown by verify and audit)" };
        var command = new Command("revoke", "Revoke a credential permanently.") { id, reason };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, _) =>
        {
            var entry = keystore.Revoke(parseResult.GetValue(id)!, parseResult.GetValue(reason));
            output.WriteLine($"revoked {EntryText.Describe(entry)} at {EntryText.Date(entry.RevokedAt)}");
            return 0;
        }));
        return command;
    }
}

using System.CommandLine;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>keystore rotate ID [--overlap 24h] [--stdin]</c>: issues the replacement; the old key is accepted until the overlap ends.</summary>
internal static class RotateCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Entry id (see 'list')" };
        var overlap = new Option<string>("--overlap") { Description = "How long the old credential stays valid (e.g. 24h, 30m, 7d, 0)", DefaultValueFactory = _ => "24h" };
        var stdin = new Option<bool>("--stdin") { Description = "For imported or discovered credentials: read the replacement (rotated at its provider) from standard input" };
        var command = new Command("rotate", "Replace a credential; the old one stays valid for the overlap window, then is refused.")
        {
            id, overlap, stdin,
        };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, error) =>
        {
            var overlapText = parseResult.GetValue(overlap)!;
            if (!DurationParser.TryParse(overlapText, out var window))
            {
                error.WriteLine($"error: --overlap '{overlapText}' is not a duration (use e.g. 24h, 30m, 7d, 0)");
                return KeystoreCommandContext.UsageOrRuntimeError;
            }

            var replacement = parseResult.GetValue(stdin) ? context.ReadStdin() : null;
            var issued = keystore.Rotate(parseResult.GetValue(id)!, window, replacement);
            if (replacement is null)
            {
                output.WriteLine(issued.Secret);
            }

            GenerateCommand.ReportIssued(error, issued);
            error.WriteLine($"{issued.Entry.Replaces} stays valid until {EntryText.Date(keystore.Clock.GetUtcNow() + window)}, then is refused");
            return 0;
        }));
        return command;
    }
}

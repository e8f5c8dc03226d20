using System.CommandLine;
using System.Globalization;
using SecretGuard.Keystore.Operations;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>keystore import VALUE|--stdin --name --service [--expires DATE]</c>: tracks a credential issued elsewhere.</summary>
internal static class ImportCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var value = new Argument<string?>("value") { Description = "The credential (prefer --stdin: arguments show up in shell history and ps)", Arity = ArgumentArity.ZeroOrOne };
        var stdin = new Option<bool>("--stdin") { Description = "Read the credential from standard input" };
        var name = GenerateCommand.NameOption();
        var service = GenerateCommand.ServiceOption();
        var expires = new Option<string?>("--expires") { Description = "Expiry date (ISO 8601, UTC unless an offset is given); default: a JWT's exp, else none" };
        var scope = GenerateCommand.ScopeOption();
        var keep = GenerateCommand.KeepSecretOption();
        var command = new Command("import", "Track a credential issued elsewhere (stores its keyed hash).")
        {
            value, stdin, name, service, expires, scope, keep,
        };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, error) =>
        {
            if (!ValueSource.TryRead(parseResult.GetValue(value), parseResult.GetValue(stdin), context, error, out var secret))
            {
                return KeystoreCommandContext.UsageOrRuntimeError;
            }

            DateTimeOffset? expiry = null;
            if (parseResult.GetValue(expires) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    error.WriteLine($"error: --expires '{text}' is not a date (use e.g. 2027-01-31 or 2027-01-31T12:00:00Z)");
                    return KeystoreCommandContext.UsageOrRuntimeError;
                }

                expiry = parsed;
            }

            var entry = keystore.Import(new ImportRequest(secret, parseResult.GetValue(name)!, parseResult.GetValue(service)!)
            {
                Expires = expiry,
                Scopes = parseResult.GetValue(scope) ?? Array.Empty<string>(),
                KeepSecret = parseResult.GetValue(keep),
            });
            output.WriteLine($"imported {EntryText.Describe(entry)}, expires {EntryText.Date(entry.ExpiresAt)}");
            return 0;
        }));
        return command;
    }
}

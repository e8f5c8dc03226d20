using System.CommandLine;
using SecretGuard.Keystore.Status;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Cli.Keystore;

/// <summary>
/// <c>keystore verify VALUE|--stdin [--scope S] [--json]</c>. Exit codes: 0 valid, 2 usage/runtime error,
/// 3 invalid (unknown, bad checksum or signature, not yet valid), 4 expired (or rotated past the overlap),
/// 5 revoked, 6 out of scope, 7 a discovered leaked credential.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var value = new Argument<string?>("value") { Description = "The credential (prefer --stdin)", Arity = ArgumentArity.ZeroOrOne };
        var stdin = new Option<bool>("--stdin") { Description = "Read the credential from standard input" };
        var scope = new Option<string?>("--scope") { Description = "Require this scope" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("verify", "Check a credential: exit 0 valid, 3 invalid, 4 expired, 5 revoked, 6 out of scope, 7 leaked, 2 error.")
        {
            value, stdin, scope, json,
        };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, error) =>
        {
            if (!ValueSource.TryRead(parseResult.GetValue(value), parseResult.GetValue(stdin), context, error, out var secret))
            {
                return KeystoreCommandContext.UsageOrRuntimeError;
            }

            var result = keystore.CreateVerifier().Verify(secret, parseResult.GetValue(scope));
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteBoolean("valid", result.IsValid);
                    writer.WriteString("outcome", Name(result.Outcome));
                    writer.WriteNumber("exitCode", result.ExitCode);
                    writer.WriteString("reason", result.Reason);
                    if (result.Warning is not null)
                    {
                        writer.WriteString("warning", result.Warning);
                    }

                    if (result.Entry is { } entry)
                    {
                        writer.WriteStartObject("entry");
                        EntryText.WriteJson(writer, entry, StatusEvaluator.Evaluate(entry, context.Clock.GetUtcNow(), TimeSpan.Zero));
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                });
            }
            else
            {
                var who = result.Entry is null ? string.Empty : $" {EntryText.Describe(result.Entry)}";
                output.WriteLine(result.IsValid
                    ? $"valid:{who}, expires {EntryText.Date(result.Entry?.ExpiresAt)}"
                    : $"{Name(result.Outcome)}:{who} {result.Reason}");
                if (result.Warning is not null)
                {
                    error.WriteLine($"warning: {result.Warning}");
                }
            }

            return result.ExitCode;
        }));
        return command;
    }

    private static string Name(VerifyOutcome outcome) => outcome switch
    {
        VerifyOutcome.OutOfScope => "out-of-scope",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}

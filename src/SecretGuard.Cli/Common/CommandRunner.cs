using System.CommandLine;
using SecretGuard.Core.Config;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Runs a command body and turns failures into one clear line on standard error plus exit code 2. The stack trace is shown
/// only with <c>--verbose</c>. Messages are shown only for exception types whose messages we control or that describe
/// files (usage, configuration, I/O); any other exception shows its type, so a message can never carry a secret.
/// </summary>
public static class CommandRunner
{
    public static int Run(ParseResult parseResult, Option<bool> verbose, Func<CommandIO, int> body)
    {
        var io = CommandIO.From(parseResult);
        try
        {
            return body(io);
        }
        catch (Exception exception)
        {
            var showDetails = parseResult.GetValue(verbose);
            io.Error.WriteLine($"{Reporting.ToolInfo.Name}: error: {Describe(exception)}");
            if (showDetails)
            {
                io.Error.WriteLine(exception.ToString());
            }
            else if (!IsExpected(exception))
            {
                io.Error.WriteLine("Run again with --verbose for details.");
            }

            return ExitCodes.Error;
        }
    }

    /// <summary>The one-line description of a failure.</summary>
    public static string Describe(Exception exception)
    {
        if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
        {
            return Describe(aggregate.InnerExceptions[0]);
        }

        return IsExpected(exception)
            ? exception.Message
            : $"unexpected {exception.GetType().Name}";
    }

    private static bool IsExpected(Exception exception) => exception is UsageException
        or IOException
        or UnauthorizedAccessException
        or OperationCanceledException
        or ConfigException
        or global::SecretGuard.Keystore.Storage.KeystoreException;
}

using System.CommandLine;

namespace SecretGuard.Cli.Common;

/// <summary>The standard streams of one invocation (the console, or writers a test passed in).</summary>
public sealed class CommandIO(TextWriter output, TextWriter error, Func<Stream> openInput)
{
    /// <summary>Lets in-process callers (tests) supply standard input for the current call.</summary>
    internal static readonly AsyncLocal<Stream?> InputOverride = new();

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when <see cref="Out"/> is the process's real, un-redirected console.</summary>
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Opens standard input as bytes (for <c>scan -</c>).</summary>
    public Stream OpenInput() => openInput();

    public static CommandIO From(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var input = InputOverride.Value;
        return new CommandIO(configuration.Output, configuration.Error, () => input ?? Console.OpenStandardInput());
    }
}

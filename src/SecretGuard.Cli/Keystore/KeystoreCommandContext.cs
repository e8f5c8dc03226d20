using System.CommandLine;
using System.Security.Cryptography;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Storage;

namespace SecretGuard.Cli.Keystore;

/// <summary>What every keystore subcommand shares: the store options, stdin, the clock, and error handling.</summary>
internal sealed class KeystoreCommandContext
{
    public const int UsageOrRuntimeError = 2;

    public KeystoreCommandContext(TextReader? stdin, TimeProvider? clock)
    {
        Stdin = stdin;
        Clock = clock ?? TimeProvider.System;
    }

    public Option<string?> StoreOption { get; } = new("--store")
    {
        Description = $"Store file (default: ${KeystoreLocation.StoreVariable} or ~/.secretguard/keystore.sgks)",
        Recursive = true,
    };

    public Option<string?> KeyFileOption { get; } = new("--key-file")
    {
        Description = $"Key file, created 0600 with a new store (default: ${KeystoreLocation.KeyFileVariable} or ~/.secretguard/keystore.key); ${KeystoreLocation.PassphraseVariable} replaces it",
        Recursive = true,
    };

    public TimeProvider Clock { get; }

    private TextReader? Stdin { get; }

    public string ReadStdin() => (Stdin ?? Console.In).ReadToEnd().Trim();

    /// <summary>Runs <paramref name="action"/> with a service for the chosen store; keystore and I/O errors become one line on stderr and exit code 2.</summary>
    public int Run(ParseResult parseResult, Func<KeystoreService, TextWriter, TextWriter, int> action)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var location = KeystoreLocation.Resolve(parseResult.GetValue(StoreOption), parseResult.GetValue(KeyFileOption));
            return action(new KeystoreService(new KeystoreStorage(location), Clock), output, error);
        }
        catch (KeystoreException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return UsageOrRuntimeError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException or FormatException or ArgumentException)
        {
            error.WriteLine($"error: {exception.Message}");
            return UsageOrRuntimeError;
        }
    }
}

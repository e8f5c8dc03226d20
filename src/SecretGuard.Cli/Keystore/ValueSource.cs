namespace SecretGuard.Cli.Keystore;

/// <summary>Takes a credential from exactly one of: the VALUE argument, or standard input (<c>--stdin</c>).</summary>
internal static class ValueSource
{
    public static bool TryRead(string? argument, bool fromStdin, KeystoreCommandContext context, TextWriter error, out string value)
    {
        value = string.Empty;
        if (fromStdin == (argument is not null))
        {
            error.WriteLine("error: give the value either as an argument or with --stdin (one of them)");
            return false;
        }

        value = fromStdin ? context.ReadStdin() : argument!.Trim();
        if (value.Length == 0)
        {
            error.WriteLine("error: the value is empty");
            return false;
        }

        return true;
    }
}

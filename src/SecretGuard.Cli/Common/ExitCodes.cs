namespace SecretGuard.Cli.Common;

/// <summary>Process exit codes of every <c>secretguard</c> command.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and found nothing to report.</summary>
    public const int Clean = 0;

    /// <summary>The command ran and reported at least one finding.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, unreadable configuration or a runtime failure.</summary>
    public const int Error = 2;

    public static int ForFindings(int count) => count == 0 ? Clean : Findings;
}

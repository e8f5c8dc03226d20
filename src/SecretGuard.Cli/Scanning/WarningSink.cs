namespace SecretGuard.Cli.Scanning;

/// <summary>Prints each distinct scanner warning once (a slow user regex would otherwise warn for every file).</summary>
public sealed class WarningSink(TextWriter error)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public void Add(string message)
    {
        lock (seen)
        {
            if (seen.Add(message))
            {
                error.WriteLine($"warning: {message}");
            }
        }
    }
}

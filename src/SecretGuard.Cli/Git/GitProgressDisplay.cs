using SecretGuard.Git;

namespace SecretGuard.Cli.Git;

/// <summary>
/// One self-rewriting status line on standard error (commits walked, blobs scanned, MB/s) while a history scan runs.
/// Only when standard error is a real terminal; nothing at all when it is piped or redirected. Plain text, no
/// Spectre.Console, so it costs nothing at start-up.
/// </summary>
internal sealed class GitProgressDisplay : IProgress<GitScanProgress>, IDisposable
{
    private readonly TextWriter error;
    private readonly object gate = new();
    private int lastLength;

    private GitProgressDisplay(TextWriter error)
    {
        this.error = error;
    }

    /// <summary>A display when <paramref name="error"/> is the process's un-redirected standard error; otherwise null.</summary>
    public static GitProgressDisplay? ForTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new GitProgressDisplay(error) : null;

    public void Report(GitScanProgress value)
    {
        var line = value.Phase == "walking commits"
            ? $"secretguard: walking commits… {value.CommitsWalked:N0}"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"secretguard: {value.CommitsWalked:N0} commits · blobs {value.BlobsScanned:N0}/{value.BlobsTotal:N0} · {value.BytesScanned / 1e6:0.0} MB at {value.MegabytesPerSecond:0.0} MB/s");
        lock (gate)
        {
            error.Write("\r" + line.PadRight(lastLength));
            lastLength = line.Length;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (lastLength > 0)
            {
                error.Write("\r" + new string(' ', lastLength) + "\r");
                lastLength = 0;
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace SecretGuard.Cli.Scanning;

/// <summary>
/// One self-rewriting status line on standard error (files, MB, MB/s) while a scan runs, refreshed four times a second.
/// Only when standard error is the process's real terminal; nothing at all when it is piped or redirected.
/// </summary>
internal sealed class ScanProgressDisplay : IDisposable
{
    private readonly TextWriter error;
    private readonly ScanStatistics statistics;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer timer;
    private readonly object gate = new();
    private int lastLength;
    private bool disposed;

    private ScanProgressDisplay(TextWriter error, ScanStatistics statistics)
    {
        this.error = error;
        this.statistics = statistics;
        timer = new Timer(_ => Refresh(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>A display when <paramref name="error"/> is the un-redirected standard error; otherwise null.</summary>
    public static ScanProgressDisplay? ForTerminal(TextWriter error, ScanStatistics statistics) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ScanProgressDisplay(error, statistics) : null;

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            disposed = true;
            if (lastLength > 0)
            {
                error.Write("\r" + new string(' ', lastLength) + "\r");
                error.Flush();
            }
        }
    }

    private void Refresh()
    {
        var megabytes = statistics.BytesScanned / 1048576.0;
        var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
        var line = string.Create(CultureInfo.InvariantCulture, $"secretguard: scanning… {statistics.FilesScanned:N0} files · {megabytes:0.0} MB at {megabytes / seconds:0.0} MB/s");
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            error.Write("\r" + line.PadRight(lastLength));
            error.Flush();
            lastLength = line.Length;
        }
    }
}

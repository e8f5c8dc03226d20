using System.Text;
using SecretGuard.Cli.Reporting;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Sends a report where the shared options say: <c>--format</c>, <c>--output FILE</c> (written to a temporary file in the same
/// folder, then renamed, so a failed run never leaves half a report) or standard output; colour only on a terminal without
/// <c>NO_COLOR</c>. Returns the exit code for the findings.
/// </summary>
public static class ReportEmitter
{
    public static int Emit(
        CommandIO io,
        SharedSettings settings,
        IReadOnlyList<Finding> sortedFindings,
        ScanSummary summary,
        RuleCatalog? catalog,
        string? baseDirectory,
        string scanKind = "files")
    {
        var writer = ReportWriterFactory.Create(settings.Format);
        var context = new ReportContext
        {
            Redact = !settings.NoRedact,
            Color = settings.OutputFile is null && ShouldColor(io),
            Catalog = catalog,
            BaseDirectory = baseDirectory,
            ScanKind = scanKind,
        };

        if (settings.OutputFile is null)
        {
            writer.Write(io.Out, sortedFindings, summary, context);
            io.Out.Flush();
        }
        else
        {
            WriteFile(settings.OutputFile.FullName, text => writer.Write(text, sortedFindings, summary, context));
            // Keep a human line on the console so CI logs show the outcome.
            io.Error.WriteLine(ReportText.SummaryLine(summary, sortedFindings.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count()));
        }

        return ExitCodes.ForFindings(sortedFindings.Count);
    }

    /// <summary>Colour when writing to the real terminal, unless <c>NO_COLOR</c> is set or <c>TERM=dumb</c>.</summary>
    public static bool ShouldColor(CommandIO io) =>
        io.OutIsTerminal
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new UsageException($"--output: folder '{directory}' does not exist.");
        }

        var temporary = Path.Combine(string.IsNullOrEmpty(directory) ? "." : directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var text = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                write(text);
                text.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

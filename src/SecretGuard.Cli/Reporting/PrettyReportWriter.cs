using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;
using Spectre.Console;

namespace SecretGuard.Cli.Reporting;

/// <summary>
/// Human-readable report grouped by file, then a summary line. With <see cref="ReportContext.Color"/> it renders through
/// Spectre.Console markup (ANSI colours); otherwise it writes plain text, byte for byte what the markup says.
/// </summary>
public sealed class PrettyReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Pretty;

    public void Write(TextWriter output, IReadOnlyList<Finding> findings, ScanSummary summary, ReportContext context)
    {
        var sink = context.Color ? (ILineSink)new AnsiLineSink(output) : new PlainLineSink(output);
        var files = 0;
        foreach (var group in findings.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            files++;
            sink.Line(new Span(group.Key, "bold underline"));
            foreach (var finding in group)
            {
                var location = $"{finding.Line}:{finding.Column}";
                sink.Line(
                    new Span("  " + location.PadRight(9)),
                    new Span(ReportText.Name(finding.Severity).PadRight(8), SeverityStyle(finding.Severity)),
                    new Span(finding.RuleId, "cyan"),
                    new Span("  " + finding.Description),
                    new Span($"  [confidence {ReportText.Name(finding.Confidence)}{ValidationSuffix(finding.Validation)}]", "grey"));
                sink.Line(new Span("           " + finding.Preview, "grey"));
                foreach (var pair in finding.Properties)
                {
                    sink.Line(new Span($"           {pair.Key}: {pair.Value}", "grey"));
                }

                sink.Line(new Span($"           fingerprint {finding.Fingerprint}", "grey"));
                if (!context.Redact)
                {
                    sink.Line(new Span("           secret: ", "red"), new Span(finding.Secret, "red bold"));
                }
            }

            sink.Line();
        }

        sink.Line(new Span(ReportText.SummaryLine(summary, files), summary.FindingsCount == 0 ? "green" : "red bold"));
        foreach (var note in summary.Notes)
        {
            sink.Line(new Span("note: " + note, "yellow"));
        }
    }

    private static string SeverityStyle(Severity severity) => severity switch
    {
        Severity.Error => "red bold",
        Severity.Warning => "yellow",
        _ => "blue",
    };

    private static string ValidationSuffix(ValidationStatus validation) => validation switch
    {
        ValidationStatus.Valid => ", structure valid",
        ValidationStatus.Invalid => ", structure invalid",
        _ => "",
    };

    private readonly record struct Span(string Text, string? Style = null);

    private interface ILineSink
    {
        void Line(params Span[] spans);
    }

    private sealed class PlainLineSink(TextWriter output) : ILineSink
    {
        public void Line(params Span[] spans)
        {
            foreach (var span in spans)
            {
                output.Write(span.Text);
            }

            output.WriteLine();
        }
    }

    private sealed class AnsiLineSink : ILineSink
    {
        private readonly IAnsiConsole console;

        public AnsiLineSink(TextWriter output)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(output),
            });
            console.Profile.Width = 100_000; // never re-wrap findings; the terminal wraps
        }

        public void Line(params Span[] spans)
        {
            foreach (var span in spans)
            {
                var escaped = Markup.Escape(span.Text);
                console.Markup(span.Style is null ? escaped : $"[{span.Style}]{escaped}[/]");
            }

            console.WriteLine();
        }
    }
}

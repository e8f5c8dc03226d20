using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Reporting;
using SecretGuard.Core.Rules;
using Spectre.Console;

namespace SecretGuard.Cli.Rules;

/// <summary><c>secretguard rules list</c>: every rule of the effective catalog (built-in plus <c>--config</c> / <c>.secretguard.toml</c>).</summary>
public static class RulesListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the rules of the effective catalog.");
        var format = new Option<RulesListFormat>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => RulesListFormat.Table, HelpName = "table|json" };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "Rule configuration (TOML). Default: .secretguard.toml, else .gitleaks.toml, in the current folder.", HelpName = "FILE" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show stack traces of errors." };
        command.Options.Add(format);
        command.Options.Add(config);
        command.Options.Add(verbose);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, verbose, io =>
        {
            var (catalog, _) = CatalogResolver.Resolve(parseResult.GetValue(config), Directory.GetCurrentDirectory());
            if (parseResult.GetValue(format) == RulesListFormat.Json)
            {
                WriteJson(io.Out, catalog);
            }
            else if (ReportEmitter.ShouldColor(io))
            {
                WriteTable(io.Out, catalog);
            }
            else
            {
                WritePlain(io.Out, catalog);
            }

            return ExitCodes.Clean;
        }));
        return command;
    }

    private static void WriteJson(TextWriter output, RuleCatalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var rule in catalog.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("description", rule.Description);
                json.WriteString("severity", ReportText.Name(rule.Severity));
                json.WriteString("confidence", ReportText.Name(rule.Confidence));
                WriteArray(json, "keywords", rule.Keywords);
                WriteArray(json, "tags", rule.Tags);
                if (rule.Validator is not null)
                {
                    json.WriteString("validator", rule.Validator);
                }

                if (rule.Path is not null)
                {
                    json.WriteString("path", rule.Path);
                }

                json.WriteBoolean("builtIn", rule.IsBuiltIn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteTable(TextWriter output, RuleCatalog catalog)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumns("Id", "Severity", "Confidence", "Keywords", "Description");
        foreach (var rule in catalog.Rules)
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                ReportText.Name(rule.Severity),
                ReportText.Name(rule.Confidence),
                Markup.Escape(string.Join(", ", rule.Keywords)),
                Markup.Escape(rule.Description));
        }

        console.Write(table);
        console.WriteLine($"{catalog.Rules.Count} rules");
    }

    private static void WritePlain(TextWriter output, RuleCatalog catalog)
    {
        var rows = new List<string[]> { new[] { "ID", "SEVERITY", "CONFIDENCE", "KEYWORDS", "DESCRIPTION" } };
        rows.AddRange(catalog.Rules.Select(rule => new[]
        {
            rule.Id, ReportText.Name(rule.Severity), ReportText.Name(rule.Confidence), string.Join(",", rule.Keywords), rule.Description,
        }));
        var widths = Enumerable.Range(0, 4).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[4]);
        }

        output.WriteLine($"{catalog.Rules.Count} rules");
    }
}

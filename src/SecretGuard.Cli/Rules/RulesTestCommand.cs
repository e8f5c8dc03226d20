using System.CommandLine;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Reporting;
using SecretGuard.Cli.Scanning;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Rules;

/// <summary>
/// <c>secretguard rules test FILE…</c>: scan files with every rule (or one, <c>--rule</c>) at the lowest confidence and say
/// which rule matched where — the loop for writing and tuning rules. Exit 1 when something matched, 0 when nothing did.
/// </summary>
public static class RulesTestCommand
{
    public static Command Create()
    {
        var command = new Command("test", "Show which rules match in the given files (for writing and tuning rules).");
        var files = new Argument<FileInfo[]>("FILE") { Description = "Files to try the rules on.", Arity = ArgumentArity.OneOrMore };
        var ruleId = new Option<string?>("--rule", "-r") { Description = "Try only this rule id.", HelpName = "ID" };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "Rule configuration (TOML). Default: .secretguard.toml, else .gitleaks.toml, in the current folder.", HelpName = "FILE" };
        var noRedact = new Option<bool>("--no-redact") { Description = "Also print the text each rule captured as the secret." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show stack traces of errors." };
        command.Arguments.Add(files);
        command.Options.Add(ruleId);
        command.Options.Add(config);
        command.Options.Add(noRedact);
        command.Options.Add(verbose);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, verbose, io =>
        {
            var (catalog, _) = CatalogResolver.Resolve(parseResult.GetValue(config), Directory.GetCurrentDirectory());
            var only = parseResult.GetValue(ruleId);
            if (only is not null)
            {
                var rule = catalog.Find(only) ?? throw new UsageException($"--rule: no rule '{only}' in the catalog (see 'secretguard rules list').");
                catalog = new RuleCatalog([rule], catalog.GlobalAllowlists);
            }

            return Execute(io, new SecretScanner(catalog), parseResult.GetValue(files) ?? [], !parseResult.GetValue(noRedact));
        }));
        return command;
    }

    private static int Execute(CommandIO io, SecretScanner scanner, IReadOnlyList<FileInfo> files, bool redact)
    {
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new UsageException($"file not found: {file}");
            }
        }

        var matched = 0;
        foreach (var file in files)
        {
            var path = file.ToString().Replace('\\', '/');
            var bytes = File.ReadAllBytes(file.FullName);
            var findings = BinaryDetector.LooksBinary(bytes) && TextDecoder.DetectUnicodeBom(bytes) is null
                ? scanner.ScanPath(path)
                : scanner.Scan(TextDecoder.Decode(bytes), path);
            if (findings.Count == 0)
            {
                io.Out.WriteLine($"{path}: no rule matched");
                continue;
            }

            foreach (var finding in FindingOrder.Sort(findings))
            {
                matched++;
                io.Out.WriteLine($"{path}:{finding.Line}:{finding.Column}  {finding.RuleId}  confidence {ReportText.Name(finding.Confidence)}, validation {ReportText.Name(finding.Validation)}");
                io.Out.WriteLine($"    {finding.Preview}");
                if (!redact)
                {
                    io.Out.WriteLine($"    secret: {finding.Secret}");
                }
            }
        }

        io.Out.WriteLine($"{matched} {(matched == 1 ? "match" : "matches")} in {files.Count} {(files.Count == 1 ? "file" : "files")}");
        return ExitCodes.ForFindings(matched);
    }
}

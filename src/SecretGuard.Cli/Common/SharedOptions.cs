using System.CommandLine;
using SecretGuard.Cli.Reporting;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Options every reporting command shares (<c>scan</c>, <c>git</c>, …): create one instance per command, <see cref="AddTo"/> it,
/// then <see cref="Read"/> the values in the command's action.
/// </summary>
public sealed class SharedOptions
{
    public Option<ReportFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: pretty, json, sarif, csv or junit.",
        DefaultValueFactory = _ => ReportFormat.Pretty,
        HelpName = "pretty|json|sarif|csv|junit",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report to FILE instead of standard output.",
        HelpName = "FILE",
    };

    public Option<bool> NoRedact { get; } = new("--no-redact")
    {
        Description = "Include the plaintext secret in the report (never do this in CI logs).",
    };

    public Option<FileInfo?> Config { get; } = new("--config", "-c")
    {
        Description = "Rule configuration (TOML, gitleaks-compatible). Default: .secretguard.toml, else .gitleaks.toml, in the scanned root.",
        HelpName = "FILE",
    };

    public Option<FileInfo?> Baseline { get; } = new("--baseline")
    {
        Description = "Report only findings whose fingerprint is not in this baseline file.",
        HelpName = "FILE",
    };

    public Option<bool> ReportStale { get; } = new("--report-stale")
    {
        Description = "List baseline and .secretguardignore entries that matched no finding.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Explain skipped files and show stack traces of errors.",
    };

    public Option<Confidence> MinConfidence { get; } = new("--min-confidence")
    {
        Description = "Drop findings below this confidence.",
        DefaultValueFactory = _ => Confidence.Low,
        HelpName = "low|medium|high",
    };

    public Option<string?> Keystore { get; } = new("--keystore")
    {
        Description = "Match findings against the keystore (default location, or PATH) and show each match's id, name and status.",
        HelpName = "PATH",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<FileInfo?> KeystoreKeyFile { get; } = new("--keystore-key-file")
    {
        Description = "Key file of the keystore (default ~/.secretguard/keystore.key or SECRETGUARD_KEYSTORE_KEY_FILE; or set SECRETGUARD_KEYSTORE_PASSPHRASE).",
        HelpName = "FILE",
    };

    public Option<bool> Track { get; } = new("--track")
    {
        Description = "Record newly discovered credentials in the keystore as LEAKED (implies --keystore).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(NoRedact);
        command.Options.Add(Config);
        command.Options.Add(Baseline);
        command.Options.Add(ReportStale);
        command.Options.Add(Verbose);
        command.Options.Add(MinConfidence);
        command.Options.Add(Keystore);
        command.Options.Add(KeystoreKeyFile);
        command.Options.Add(Track);
    }

    public SharedSettings Read(ParseResult parseResult) => new()
    {
        Format = parseResult.GetValue(Format),
        OutputFile = parseResult.GetValue(Output),
        NoRedact = parseResult.GetValue(NoRedact),
        ConfigFile = parseResult.GetValue(Config),
        BaselineFile = parseResult.GetValue(Baseline),
        ReportStale = parseResult.GetValue(ReportStale),
        Verbose = parseResult.GetValue(Verbose),
        MinConfidence = parseResult.GetValue(MinConfidence),
        UseKeystore = parseResult.GetResult(Keystore) is not null || parseResult.GetValue(Track),
        KeystorePath = parseResult.GetValue(Keystore),
        KeystoreKeyFile = parseResult.GetValue(KeystoreKeyFile)?.FullName,
        Track = parseResult.GetValue(Track),
    };
}

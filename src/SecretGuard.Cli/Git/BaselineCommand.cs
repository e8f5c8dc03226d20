using System.CommandLine;
using System.Text;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Scanning;
using SecretGuard.Core.Baselines;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Git;

/// <summary>
/// <c>secretguard baseline create|update</c>: record the current findings (of <c>scan</c> paths, or of the git history with
/// <c>--git</c>) so later runs with <c>--baseline FILE</c> report only new ones. The file holds fingerprints, rule ids, paths
/// and line hints; never a secret or a preview of one.
/// </summary>
public static class BaselineCommand
{
    public static Command Create()
    {
        var command = new Command("baseline", "Accept today's findings so that later scans report only new ones.");
        command.Subcommands.Add(CreateSubcommand("create", "Scan and write a new baseline file (refuses to overwrite one without --force).", update: false));
        command.Subcommands.Add(CreateSubcommand("update", "Rescan and rewrite an existing baseline: keep entries still found, add new findings, drop fixed ones.", update: true));
        return command;
    }

    private static Command CreateSubcommand(string name, string description, bool update)
    {
        var command = new Command(name, description);
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to scan (default: the current folder); with --git, the repository.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<bool>("--git")
        {
            Description = "Baseline the findings of the whole git history (like 'secretguard git') instead of the files on disk.",
        };
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = $"Baseline file to write. Default: {Baseline.DefaultFileName} in the current folder.",
            DefaultValueFactory = _ => new FileInfo(Baseline.DefaultFileName),
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite an existing baseline file.",
        };
        var config = new Option<FileInfo?>("--config", "-c")
        {
            Description = "Rule configuration (TOML). Default: .secretguard.toml, else .gitleaks.toml, in the scanned root.",
            HelpName = "FILE",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show stack traces of errors.",
        };

        command.Arguments.Add(paths);
        command.Options.Add(git);
        command.Options.Add(output);
        if (!update)
        {
            command.Options.Add(force);
        }

        command.Options.Add(config);
        command.Options.Add(verbose);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, verbose, io =>
        {
            var given = parseResult.GetValue(paths) ?? [];
            var file = parseResult.GetValue(output) ?? new FileInfo(Baseline.DefaultFileName);
            var shared = new SharedSettings { ConfigFile = parseResult.GetValue(config) };
            Baseline? previous = null;
            if (update)
            {
                previous = BaselineFilter.LoadBaseline(file);
            }
            else if (file.Exists && !parseResult.GetValue(force))
            {
                throw new UsageException($"{file.FullName} already exists; use 'secretguard baseline update' to refresh it, or --force to replace it.");
            }

            var findings = parseResult.GetValue(git) ? ScanHistory(io, shared, given) : ScanFiles(shared, given);
            Baseline baseline;
            string summary;
            if (previous is null)
            {
                baseline = Baseline.FromFindings(findings);
                summary = $"Baseline written to {file.FullName}: {baseline.Count} {(baseline.Count == 1 ? "finding" : "findings")} accepted.";
            }
            else
            {
                var result = previous.Update(findings);
                baseline = result.Baseline;
                summary = $"Baseline {file.FullName} updated: {result.Added} added, {result.Kept} kept, {result.Removed} removed ({baseline.Count} entries).";
            }

            WriteAtomically(file.FullName, BaselineJsonWriter.Write(baseline));
            io.Out.WriteLine(summary);
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static IReadOnlyList<Finding> ScanHistory(CommandIO io, SharedSettings shared, string[] given)
    {
        if (given.Length > 1)
        {
            throw new UsageException("--git takes one repository folder.");
        }

        var run = GitScanRun.Execute(io, shared, new GitCommandSettings { Repository = given.Length == 1 ? given[0] : "." });
        if (run.Result.Problems.Count > 0)
        {
            foreach (var problem in run.Result.Problems)
            {
                io.Error.WriteLine($"secretguard: error: {problem.Message}");
            }

            throw new UsageException("some objects could not be read; no baseline written (a baseline of a partial scan would hide nothing and miss real findings).");
        }

        return run.Result.Findings;
    }

    private static List<Finding> ScanFiles(SharedSettings shared, string[] given)
    {
        var roots = new List<string>();
        foreach (var path in (given.Length > 0 ? given : ["."]).Distinct(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException($"path not found: {path}");
            }

            roots.Add(full);
        }

        var logicalPaths = LogicalPaths.For(roots, Directory.GetCurrentDirectory());
        var configRoot = logicalPaths.BaseDirectory ?? roots.FirstOrDefault(Directory.Exists) ?? Directory.GetCurrentDirectory();
        var (catalog, _) = CatalogResolver.Resolve(shared.ConfigFile, configRoot);
        var scanner = new SecretScanner(catalog, new ScannerOptions { MinimumConfidence = Confidence.Low });
        return new FileSystemScanner(scanner, new ScanSettings()).Run(roots, logicalPaths, null);
    }

    private static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new UsageException($"--output: folder '{directory}' does not exist.");
        }

        var temporary = path + $".{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
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

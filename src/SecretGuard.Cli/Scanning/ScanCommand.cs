using System.CommandLine;
using System.Diagnostics;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Reporting;
using SecretGuard.Core.Detection;

namespace SecretGuard.Cli.Scanning;

/// <summary><c>secretguard scan [PATH…]</c>: scan files, folders and standard input (<c>-</c>) for secrets.</summary>
public static class ScanCommand
{
    public static Command Create()
    {
        var command = new Command("scan", "Scan files, folders and standard input (-) for secrets.");
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to scan; '-' reads standard input. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var stdinName = new Option<string>("--stdin-name")
        {
            Description = "Logical path of standard input in findings (drives path rules and fingerprints).",
            DefaultValueFactory = _ => "stdin",
            HelpName = "NAME",
        };
        var maxFileSize = new Option<long>("--max-file-size")
        {
            Description = "Skip files larger than this: bytes, or a number with KB, MB or GB (10MB = 10485760).",
            DefaultValueFactory = _ => ScanSettings.DefaultMaxFileSize,
            CustomParser = result => ByteSize.Parse(result),
            HelpName = "SIZE",
        };
        var includeIgnored = new Option<bool>("--include-ignored-dirs")
        {
            Description = $"Also scan inside {string.Join(", ", ScanSettings.IgnoredDirectoryNames)} folders.",
        };
        var followSymlinks = new Option<bool>("--follow-symlinks")
        {
            Description = "Follow symbolic links (each real folder is visited once).",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Files scanned in parallel (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        var shared = new SharedOptions();
        command.Arguments.Add(paths);
        shared.AddTo(command);
        command.Options.Add(stdinName);
        command.Options.Add(maxFileSize);
        command.Options.Add(includeIgnored);
        command.Options.Add(followSymlinks);
        command.Options.Add(threads);

        command.SetAction(parseResult => CommandRunner.Run(parseResult, shared.Verbose, io =>
        {
            var given = parseResult.GetValue(paths);
            var settings = new ScanSettings
            {
                Paths = given is { Length: > 0 } ? given : ["."],
                StdinName = parseResult.GetValue(stdinName) ?? "stdin",
                MaxFileSize = parseResult.GetValue(maxFileSize),
                IncludeIgnoredDirectories = parseResult.GetValue(includeIgnored),
                FollowSymlinks = parseResult.GetValue(followSymlinks),
                Threads = parseResult.GetValue(threads),
            };
            return Execute(io, shared.Read(parseResult), settings);
        }));
        return command;
    }

    public static int Execute(CommandIO io, SharedSettings shared, ScanSettings settings)
    {
        var stopwatch = Stopwatch.StartNew();
        var readStdin = settings.Paths.Contains("-");
        var roots = new List<string>();
        foreach (var path in settings.Paths.Where(p => p != "-").Distinct(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException(path.StartsWith('-') ? $"unknown option: {path}" : $"path not found: {path}");
            }

            roots.Add(full);
        }

        roots = RootSet.WithoutNested(roots);
        var cwd = Directory.GetCurrentDirectory();
        var logicalPaths = LogicalPaths.For(roots, cwd);
        var configRoot = logicalPaths.BaseDirectory ?? roots.FirstOrDefault(Directory.Exists) ?? cwd;
        var (catalog, configSource) = CatalogResolver.Resolve(shared.ConfigFile, configRoot);

        var trace = shared.Verbose ? Trace(io) : null;
        if (configSource is not null)
        {
            trace?.Invoke($"rules: {configSource}");
        }

        var warnings = new WarningSink(io.Error);
        var scanner = new SecretScanner(catalog, new ScannerOptions { MinimumConfidence = shared.MinConfidence, Warning = warnings.Add });
        var fileScanner = new FileSystemScanner(scanner, settings, trace);
        List<Core.Findings.Finding> findings;
        using (shared.Verbose ? null : ScanProgressDisplay.ForTerminal(io.Error, fileScanner.Statistics))
        {
            findings = fileScanner.Run(roots, logicalPaths, readStdin ? io.OpenInput : null);
        }

        var suppression = BaselineFilter.Filter(findings, shared.BaselineFile, configRoot, shared.ReportStale);
        var reported = FindingOrder.Sort(KeystoreFindingLink.Apply(suppression.Reported, shared));
        stopwatch.Stop();

        var notes = new List<string>();
        if (configSource is not null)
        {
            notes.Add($"rules from {Path.GetFileName(configSource)}");
        }

        notes.AddRange(suppression.Notes);

        var summary = fileScanner.Statistics.ToSummary(stopwatch.Elapsed, reported.Count, notes);
        return ReportEmitter.Emit(io, shared, reported, summary, catalog, logicalPaths.BaseDirectory);
    }

    private static Action<string> Trace(CommandIO io)
    {
        var gate = new object();
        return message =>
        {
            lock (gate)
            {
                io.Error.WriteLine(message);
            }
        };
    }
}

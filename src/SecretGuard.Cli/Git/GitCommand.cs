using System.CommandLine;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Reporting;
using SecretGuard.Cli.Scanning;

namespace SecretGuard.Cli.Git;

/// <summary>
/// <c>secretguard git [REPO]</c>: scan a repository's history (all refs by default, or <c>--branch</c>, <c>--range A..B</c>,
/// <c>--since</c>/<c>--until</c>), or only the staged changes (<c>--staged</c>, for pre-commit hooks). Exit codes: 0 clean,
/// 1 findings, 2 usage error or any object that could not be read (the report still lists everything found elsewhere).
/// </summary>
public static class GitCommand
{
    public static Command Create()
    {
        var command = new Command("git", "Scan git history (every unique blob once, findings attributed to the commit that introduced them) or the staged changes.");
        var repository = new Argument<string>("REPO")
        {
            Description = "Repository folder (any folder inside a working tree, or a bare repository). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var staged = new Option<bool>("--staged")
        {
            Description = "Scan only what 'git commit' would record now (index vs HEAD). Fast; used by the pre-commit hook.",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Walk every ref (branches, tags, remotes) and HEAD. This is the default.",
        };
        var branch = new Option<string[]>("--branch", "-b")
        {
            Description = "Walk only the history of this branch or revision (repeatable).",
            HelpName = "REF",
            AllowMultipleArgumentsPerToken = false,
        };
        var range = new Option<string?>("--range")
        {
            Description = "Only the commits in A..B (reachable from B, not from A), e.g. origin/main..HEAD for a pull request.",
            HelpName = "A..B",
        };
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = "Only commits committed on or after this date (ISO 8601).",
            CustomParser = GitDateParser.Parse,
            HelpName = "DATE",
        };
        var until = new Option<DateTimeOffset?>("--until")
        {
            Description = "Only commits committed on or before this date (ISO 8601).",
            CustomParser = GitDateParser.Parse,
            HelpName = "DATE",
        };
        var maxBlobSize = new Option<long>("--max-blob-size")
        {
            Description = "Skip blobs larger than this (bytes, or with KB/MB/GB). Default: 10MB.",
            DefaultValueFactory = _ => SecretGuard.Git.GitScanOptions.DefaultMaxBlobSize,
            CustomParser = result => ByteSize.Parse(result),
            HelpName = "SIZE",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Blobs scanned in parallel. Default: the number of processors.",
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
        command.Arguments.Add(repository);
        shared.AddTo(command);
        command.Options.Add(staged);
        command.Options.Add(all);
        command.Options.Add(branch);
        command.Options.Add(range);
        command.Options.Add(since);
        command.Options.Add(until);
        command.Options.Add(maxBlobSize);
        command.Options.Add(threads);

        command.SetAction(parseResult => CommandRunner.Run(parseResult, shared.Verbose, io =>
        {
            var branches = parseResult.GetValue(branch) ?? [];
            if (parseResult.GetValue(all) && branches.Length > 0)
            {
                throw new UsageException("--all and --branch cannot be combined.");
            }

            var settings = new GitCommandSettings
            {
                Repository = parseResult.GetValue(repository) ?? ".",
                Staged = parseResult.GetValue(staged),
                Branches = branches,
                Range = parseResult.GetValue(range),
                Since = parseResult.GetValue(since),
                Until = parseResult.GetValue(until),
                MaxBlobSize = parseResult.GetValue(maxBlobSize),
                Threads = parseResult.GetValue(threads),
            };
            return Execute(io, shared.Read(parseResult), settings);
        }));
        return command;
    }

    public static int Execute(CommandIO io, SharedSettings shared, GitCommandSettings settings)
    {
        var run = GitScanRun.Execute(io, shared, settings);
        var result = run.Result;
        foreach (var problem in result.Problems)
        {
            io.Error.WriteLine($"{ToolInfo.Name}: error: {problem.Message}");
        }

        var suppression = BaselineFilter.Filter(result.Findings, shared.BaselineFile, run.Root, shared.ReportStale && !settings.Staged);
        var reported = KeystoreFindingLink.Apply(suppression.Reported, shared); // history order: introducing commit, then path and line

        var notes = GitSummaryNotes.For(result, settings.Staged);
        if (run.ConfigSource is not null)
        {
            notes.Add($"rules from {Path.GetFileName(run.ConfigSource)}");
        }

        notes.AddRange(suppression.Notes);
        var summary = new ScanSummary
        {
            FilesScanned = result.BlobsScanned,
            BytesScanned = result.BytesScanned,
            SkippedBinary = result.BinaryBlobsSkipped,
            SkippedTooLarge = result.LargeBlobsSkipped,
            SkippedUnreadable = result.Problems.Count,
            Duration = result.Elapsed,
            FindingsCount = reported.Count,
            Notes = notes,
        };

        var exitCode = ReportEmitter.Emit(io, shared, reported, summary, run.Catalog, run.Location.WorkingDirectory, settings.Staged ? "staged changes" : "git history");
        return result.Problems.Count > 0 ? ExitCodes.Error : exitCode;
    }
}

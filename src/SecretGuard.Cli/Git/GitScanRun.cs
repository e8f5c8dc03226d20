using SecretGuard.Cli.Common;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;
using SecretGuard.Git;

namespace SecretGuard.Cli.Git;

/// <summary>One git scan as the CLI runs it: locate the repository, resolve its rules, scan history or the index.</summary>
public sealed class GitScanRun
{
    private GitScanRun(RepositoryLocation location, RuleCatalog catalog, string? configSource, GitScanResult result)
    {
        Location = location;
        Catalog = catalog;
        ConfigSource = configSource;
        Result = result;
    }

    public RepositoryLocation Location { get; }

    public RuleCatalog Catalog { get; }

    public string? ConfigSource { get; }

    public GitScanResult Result { get; }

    /// <summary>The folder whose <c>.secretguard.toml</c> and <c>.secretguardignore</c> apply: the working tree, else the git folder.</summary>
    public string Root => Location.WorkingDirectory ?? Location.GitDirectory;

    public static GitScanRun Execute(CommandIO io, SharedSettings shared, GitCommandSettings settings)
    {
        if (settings.Staged && (settings.Range is not null || settings.Branches.Count > 0 || settings.Since is not null || settings.Until is not null))
        {
            throw new UsageException("--staged scans the index only; it cannot be combined with --range, --branch, --since or --until.");
        }

        if (settings.Range is not null && settings.Branches.Count > 0)
        {
            throw new UsageException("--range and --branch cannot be combined (a range names its own end points).");
        }

        if (!Directory.Exists(settings.Repository))
        {
            throw new UsageException($"repository folder not found: {settings.Repository}");
        }

        RepositoryLocation location;
        try
        {
            location = RepositoryLocation.Find(settings.Repository);
        }
        catch (GitScanException exception)
        {
            throw new UsageException(exception.Message);
        }

        var root = location.WorkingDirectory ?? location.GitDirectory;
        var (catalog, configSource) = CatalogResolver.Resolve(shared.ConfigFile, root);
        var warnings = new Scanning.WarningSink(io.Error);
        var scanner = new GitHistoryScanner(new SecretScanner(catalog, new ScannerOptions { MinimumConfidence = shared.MinConfidence, Warning = warnings.Add }));

        using var progress = settings.Staged ? null : GitProgressDisplay.ForTerminal(io.Error);
        var options = new GitScanOptions
        {
            Branches = settings.Branches,
            Range = settings.Range,
            Since = settings.Since,
            Until = settings.Until,
            MaxBlobSize = settings.MaxBlobSize,
            Threads = settings.Threads,
            Progress = progress,
        };

        GitScanResult result;
        try
        {
            result = settings.Staged ? scanner.ScanStaged(location.GitDirectory, options) : scanner.ScanHistory(location.GitDirectory, options);
        }
        catch (GitScanException exception)
        {
            throw new UsageException(exception.Message);
        }

        return new GitScanRun(location, catalog, configSource, result);
    }
}

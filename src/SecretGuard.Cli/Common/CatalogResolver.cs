using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Picks the rule catalog of a run: <c>--config FILE</c> if given, else <c>.secretguard.toml</c>, else <c>.gitleaks.toml</c>
/// in the scanned root, else the built-in catalog. Configuration files extend the built-in catalog (their
/// <c>[extend] useDefault</c> decides), loaded by <c>SecretGuard.Core.Config.CatalogLoader</c>.
/// </summary>
public static class CatalogResolver
{
    public static readonly IReadOnlyList<string> ConfigFileNames = [".secretguard.toml", ".gitleaks.toml"];

    /// <summary>The catalog and the file it came from (null for the built-in catalog).</summary>
    public static (RuleCatalog Catalog, string? Source) Resolve(FileInfo? configFile, string scanRoot)
    {
        string? path = null;
        if (configFile is not null)
        {
            if (!configFile.Exists)
            {
                throw new UsageException($"--config: file '{configFile.FullName}' does not exist.");
            }

            path = configFile.FullName;
        }
        else
        {
            foreach (var name in ConfigFileNames)
            {
                var candidate = Path.Combine(scanRoot, name);
                if (File.Exists(candidate))
                {
                    path = candidate;
                    break;
                }
            }
        }

        if (path is null)
        {
            return (RuleCatalog.BuiltIn, null);
        }

        var text = File.ReadAllText(path);
        return (Load(text, path), path);
    }

    private static RuleCatalog Load(string tomlText, string sourceName) =>
        throw new UsageException($"{sourceName}: configuration files are not supported by this build yet ({tomlText.Length} characters not loaded).");
}

using SecretGuard.Core.Config;
using SecretGuard.Core.Rules;

namespace SecretGuard.Cli.Common;

/// <summary>
/// Picks the rule catalog of a run: <c>--config FILE</c> if given, else <c>.secretguard.toml</c>, else <c>.gitleaks.toml</c>
/// in the scanned root, else the built-in catalog. Configuration files extend the built-in catalog (their
/// <c>[extend] useDefault</c> decides), loaded by <c>SecretGuard.Core.Config.CatalogLoader</c>.
/// </summary>
public static class CatalogResolver
{
    private const int MaxExtendDepth = 8;

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
            foreach (var name in CatalogLoader.ConfigFileNames)
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

        return (Load(path, []), path);
    }

    /// <summary>Loads one configuration file, first loading the file its <c>[extend] path</c> names (relative to its folder).</summary>
    private static RuleCatalog Load(string path, List<string> chain)
    {
        if (chain.Contains(path, StringComparer.Ordinal) || chain.Count >= MaxExtendDepth)
        {
            throw new UsageException($"{path}: [extend] path forms a cycle or nests deeper than {MaxExtendDepth} files ({string.Join(" -> ", chain.Append(path))}).");
        }

        var text = File.ReadAllText(path);
        var extendPath = CatalogLoader.ReadExtendPath(text, path);
        RuleCatalog? baseCatalog = null;
        if (extendPath is not null)
        {
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? ".", extendPath));
            if (!File.Exists(resolved))
            {
                throw new UsageException($"{path}: [extend] path '{extendPath}' does not exist (looked for {resolved}).");
            }

            chain.Add(path);
            baseCatalog = Load(resolved, chain);
        }

        return CatalogLoader.FromToml(text, path, baseCatalog);
    }
}

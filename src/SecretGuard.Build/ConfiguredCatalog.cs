using System.IO;
using SecretGuard.Core.Config;
using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>
/// The rule catalog a <c>.secretguard.toml</c> (or <c>.gitleaks.toml</c>) describes, read the way the CLI reads it:
/// <c>[extend] path</c> is loaded relative to the config's folder and becomes the base catalog.
/// Throws <see cref="ConfigException"/> naming the file, line and column on bad input.
/// </summary>
internal static class ConfiguredCatalog
{
    private const int MaxExtendDepth = 8;

    public static RuleCatalog Load(string configFile) => Load(Path.GetFullPath(configFile), 0);

    private static RuleCatalog Load(string configFile, int depth)
    {
        var text = File.ReadAllText(configFile);
        RuleCatalog? baseCatalog = null;
        var extendPath = CatalogLoader.ReadExtendPath(text, configFile);
        if (extendPath != null)
        {
            if (depth >= MaxExtendDepth)
            {
                throw new ConfigException(configFile, 0, 0, "[extend] path nests more than " + MaxExtendDepth + " files deep (a cycle?)");
            }

            baseCatalog = Load(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(configFile)!, extendPath)), depth + 1);
        }

        return CatalogLoader.FromToml(text, configFile, baseCatalog);
    }
}

using System.Collections.Generic;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>
/// One <see cref="SecretScanner"/> per catalog source for the life of the MSBuild node, so the projects of a
/// solution built in one node compile the catalog's regexes once.
/// </summary>
internal static class ScannerCache
{
    private static readonly object Gate = new object();
    private static readonly Dictionary<string, SecretScanner> Scanners = new Dictionary<string, SecretScanner>();

    /// <summary>The scanner for the built-in catalog, or for <paramref name="configFile"/> at its current stamp.</summary>
    public static SecretScanner Get(string? configFile)
    {
        if (string.IsNullOrWhiteSpace(configFile))
        {
            return SecretScanner.Default;
        }

        var stamp = FileStamp.Of(configFile!);
        var key = configFile + "|" + stamp.Length + "|" + stamp.LastWriteTicksUtc;
        lock (Gate)
        {
            if (!Scanners.TryGetValue(key, out var scanner))
            {
                scanner = new SecretScanner(ConfiguredCatalog.Load(configFile!));
                Scanners[key] = scanner;
            }

            return scanner;
        }
    }
}

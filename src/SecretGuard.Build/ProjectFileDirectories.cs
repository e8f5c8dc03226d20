using System;
using System.Collections.Generic;
using System.IO;

namespace SecretGuard.Build;

/// <summary>
/// Answers "does this folder hold a project file (*.csproj, *.fsproj, *.vbproj, *.proj …)?", once per folder.
/// A folder with its own project belongs to that project, so an enclosing project does not scan it.
/// </summary>
public sealed class ProjectFileDirectories
{
    private readonly Dictionary<string, bool> cache = new Dictionary<string, bool>(PathComparer.Instance);
    private readonly Func<string, bool> probe;

    public ProjectFileDirectories()
        : this(ContainsProjectFile)
    {
    }

    /// <summary>Uses <paramref name="probe"/> instead of the file system (tests).</summary>
    public ProjectFileDirectories(Func<string, bool> probe)
    {
        this.probe = probe ?? throw new ArgumentNullException(nameof(probe));
    }

    public bool HasProjectFile(string directory)
    {
        if (!cache.TryGetValue(directory, out var result))
        {
            result = probe(directory);
            cache[directory] = result;
        }

        return result;
    }

    private static bool ContainsProjectFile(string directory)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.*proj"))
            {
                // The pattern also matches longer extensions on Windows (8.3 names); check the real one.
                if (Path.GetExtension(file).EndsWith("proj", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.IO;

namespace SecretGuard.Build;

/// <summary>
/// Turns the <c>SecretGuardScan</c> items into the files this project's task owns:
/// one entry per file, no source code (the analyzer owns C#, and every file handed to the compiler),
/// and nothing inside a nested project's folder (that project scans it), so no file is reported twice.
/// </summary>
public sealed class ScanFileSelector
{
    private static readonly HashSet<string> SourceCodeExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".csx", ".vb", ".fs", ".fsi", ".fsx", ".razor", ".cshtml", ".vbhtml",
    };

    private readonly string projectDirectory;
    private readonly ProjectFileDirectories projectDirectories;
    private readonly Func<string, bool> fileExists;

    public ScanFileSelector(string projectDirectory)
        : this(projectDirectory, new ProjectFileDirectories(), File.Exists)
    {
    }

    public ScanFileSelector(string projectDirectory, ProjectFileDirectories projectDirectories, Func<string, bool> fileExists)
    {
        this.projectDirectory = TrimSeparators(Path.GetFullPath(projectDirectory));
        this.projectDirectories = projectDirectories ?? throw new ArgumentNullException(nameof(projectDirectories));
        this.fileExists = fileExists ?? throw new ArgumentNullException(nameof(fileExists));
    }

    /// <summary>
    /// Full paths to scan, in first-seen order. <paramref name="compilerOwned"/> are files the compiler
    /// (and so the analyzer) already sees, such as <c>AdditionalFiles</c>.
    /// </summary>
    public IReadOnlyList<string> Select(IEnumerable<string> candidates, IEnumerable<string> compilerOwned)
    {
        var owned = new HashSet<string>(PathComparer.Instance);
        foreach (var path in compilerOwned)
        {
            owned.Add(Path.GetFullPath(Path.Combine(projectDirectory, path)));
        }

        var seen = new HashSet<string>(PathComparer.Instance);
        var selected = new List<string>();
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            var fullPath = Path.GetFullPath(Path.Combine(projectDirectory, candidate));
            if (!seen.Add(fullPath)
                || owned.Contains(fullPath)
                || SourceCodeExtensions.Contains(Path.GetExtension(fullPath))
                || IsInNestedProject(fullPath)
                || !fileExists(fullPath))
            {
                continue;
            }

            selected.Add(fullPath);
        }

        return selected;
    }

    /// <summary>True when a folder between the file and the project folder (exclusive) holds another project file.</summary>
    public bool IsInNestedProject(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is null || !IsUnderProjectDirectory(directory))
        {
            return false;
        }

        while (directory != null && directory.Length > projectDirectory.Length)
        {
            if (projectDirectories.HasProjectFile(directory))
            {
                return true;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return false;
    }

    private bool IsUnderProjectDirectory(string directory) =>
        directory.Length > projectDirectory.Length
        && directory.StartsWith(projectDirectory, PathComparer.Comparison)
        && (directory[projectDirectory.Length] == Path.DirectorySeparatorChar || directory[projectDirectory.Length] == Path.AltDirectorySeparatorChar);

    private static string TrimSeparators(string path)
    {
        var root = Path.GetPathRoot(path) ?? string.Empty;
        var trimmed = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length < root.Length ? root : trimmed;
    }
}

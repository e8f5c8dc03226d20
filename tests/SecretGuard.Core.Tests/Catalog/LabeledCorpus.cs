using System.Text.Json;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>
/// A line-labelled corpus under <c>shared/corpus/NAME</c> (<c>labels.jsonl</c> plus <c>files/</c>), scanned and
/// scored exactly as <c>shared/bench/score.py</c> does: a labelled secret with a finding on one of its lines is a
/// true positive (once); a distinct (file, line) with a finding and no secret label is a false positive; an
/// unfound secret is a false negative.
/// </summary>
internal sealed class LabeledCorpus
{
    private readonly List<Label> secrets = new();
    private readonly Dictionary<(string File, int Line), int> secretAt = new();

    private LabeledCorpus(string directory)
    {
        Directory = directory;
        FilesRoot = Path.Combine(directory, "files");
        foreach (var raw in File.ReadLines(Path.Combine(directory, "labels.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            using var record = JsonDocument.Parse(raw);
            var root = record.RootElement;
            if (root.GetProperty("label").GetString() != "secret")
            {
                continue;
            }

            var file = root.GetProperty("file").GetString()!;
            var first = root.GetProperty("line").GetInt32();
            var last = root.TryGetProperty("end_line", out var end) ? end.GetInt32() : first;
            var kind = root.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
            var index = secrets.Count;
            secrets.Add(new Label(file, first, kind));
            for (var line = first; line <= last; line++)
            {
                secretAt[(file, line)] = index;
            }
        }
    }

    public string Directory { get; }

    public string FilesRoot { get; }

    /// <summary>
    /// Finds <c>shared/corpus/NAME</c>: from <c>SECRETGUARD_CORPUS</c> (the folder holding the corpora, or one corpus,
    /// whose siblings are then used), else walking up from the test's base directory (CI clones the repository
    /// with <c>shared/</c> beside it).
    /// </summary>
    public static LabeledCorpus? TryLoad(string name)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SECRETGUARD_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            var full = Path.GetFullPath(fromEnvironment).TrimEnd(Path.DirectorySeparatorChar);
            var parent = Path.GetDirectoryName(full) ?? full;
            foreach (var candidate in new[] { Path.Combine(full, name), Path.Combine(parent, name) })
            {
                if (IsCorpus(candidate))
                {
                    return new LabeledCorpus(candidate);
                }
            }
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", name);
            if (IsCorpus(candidate))
            {
                return new LabeledCorpus(candidate);
            }
        }

        return null;
    }

    /// <summary>Scans every file under <c>files/</c> with its path relative to <c>files/</c> and scores the findings.</summary>
    public CorpusScore Score(SecretScanner scanner)
    {
        var found = new HashSet<int>();
        var falsePositives = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var findings = new List<(string File, Finding Finding)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(FilesRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            foreach (var finding in scanner.Scan(File.ReadAllText(path), relative))
            {
                findings.Add((relative, finding));
                if (secretAt.TryGetValue((relative, finding.Line), out var index))
                {
                    found.Add(index);
                }
                else
                {
                    falsePositives.TryAdd($"{relative}:{finding.Line}", finding.RuleId);
                }
            }
        }

        var missed = new List<string>();
        for (var i = 0; i < secrets.Count; i++)
        {
            if (!found.Contains(i))
            {
                missed.Add($"{secrets[i].File}:{secrets[i].Line} [{secrets[i].Kind}]");
            }
        }

        return new CorpusScore(
            found.Count,
            falsePositives.Count,
            secrets.Count - found.Count,
            falsePositives.Select(pair => $"{pair.Key} ({pair.Value})").ToList(),
            missed,
            findings);
    }

    private static bool IsCorpus(string directory) =>
        File.Exists(Path.Combine(directory, "labels.jsonl")) && System.IO.Directory.Exists(Path.Combine(directory, "files"));

    private sealed record Label(string File, int Line, string Kind);
}

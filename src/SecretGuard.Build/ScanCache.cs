using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SecretGuard.Build;

/// <summary>
/// Per-file scan results kept in obj/ (file stamp → findings, secrets redacted), so a rebuild rescans only
/// changed files and still reports the findings of unchanged ones. Valid only for the settings key it was
/// written with (task version, config, baseline); any mismatch or damage yields an empty cache.
/// </summary>
public sealed class ScanCache
{
    private const string Header = "secretguard-scan-cache v1";

    private readonly Dictionary<string, Entry> entries = new Dictionary<string, Entry>(PathComparer.Instance);

    public ScanCache(string settingsKey)
    {
        SettingsKey = settingsKey;
    }

    public string SettingsKey { get; }

    public int Count => entries.Count;

    public bool TryGet(string path, FileStamp stamp, out IReadOnlyList<BuildFinding> findings)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Stamp.Equals(stamp))
        {
            findings = entry.Findings;
            return true;
        }

        findings = Array.Empty<BuildFinding>();
        return false;
    }

    public void Set(string path, FileStamp stamp, IReadOnlyList<BuildFinding> findings) =>
        entries[path] = new Entry(stamp, findings);

    /// <summary>Loads <paramref name="file"/>; an empty cache when it is missing, damaged or for other settings.</summary>
    public static ScanCache Load(string file, string settingsKey)
    {
        var cache = new ScanCache(settingsKey);
        string[] lines;
        try
        {
            if (!File.Exists(file))
            {
                return cache;
            }

            lines = File.ReadAllLines(file, Encoding.UTF8);
        }
        catch (IOException)
        {
            return cache;
        }
        catch (UnauthorizedAccessException)
        {
            return cache;
        }

        if (lines.Length < 2 || lines[0] != Header || lines[1] != "settings\t" + settingsKey)
        {
            return cache;
        }

        string? currentPath = null;
        FileStamp currentStamp = default;
        List<BuildFinding>? currentFindings = null;
        for (var i = 2; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("file\t", StringComparison.Ordinal))
            {
                var fields = BuildFindingCodec.Split(line.Substring(5));
                if (fields.Count != 3
                    || !long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                    || !long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks))
                {
                    return new ScanCache(settingsKey);
                }

                currentPath = fields[0];
                currentStamp = new FileStamp(length, ticks);
                currentFindings = new List<BuildFinding>();
                cache.entries[currentPath] = new Entry(currentStamp, currentFindings);
            }
            else if (line.StartsWith("finding\t", StringComparison.Ordinal) && currentFindings != null)
            {
                var finding = BuildFindingCodec.Decode(line.Substring(8));
                if (finding is null)
                {
                    return new ScanCache(settingsKey);
                }

                currentFindings.Add(finding);
            }
            else if (line.Length > 0)
            {
                return new ScanCache(settingsKey);
            }
        }

        return cache;
    }

    /// <summary>Writes the cache (temp file, then replace), creating the folder if needed.</summary>
    public void Save(string file)
    {
        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        builder.Append("settings\t").Append(SettingsKey).Append('\n');
        foreach (var pair in entries)
        {
            builder.Append("file\t");
            BuildFindingCodec.Append(builder, pair.Key);
            BuildFindingCodec.Append(builder, pair.Value.Stamp.Length.ToString(CultureInfo.InvariantCulture));
            BuildFindingCodec.Append(builder, pair.Value.Stamp.LastWriteTicksUtc.ToString(CultureInfo.InvariantCulture));
            builder.Length--;
            builder.Append('\n');
            foreach (var finding in pair.Value.Findings)
            {
                builder.Append("finding\t").Append(BuildFindingCodec.Encode(finding)).Append('\n');
            }
        }

        AtomicFile.WriteAllText(file, builder.ToString());
    }

    private sealed class Entry
    {
        public Entry(FileStamp stamp, IReadOnlyList<BuildFinding> findings)
        {
            Stamp = stamp;
            Findings = findings;
        }

        public FileStamp Stamp { get; }

        public IReadOnlyList<BuildFinding> Findings { get; }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SecretGuard.Build;

/// <summary>
/// The findings of the last scan, in obj/. It exists only while there are findings, so the report
/// target (conditioned on its existence) costs nothing on a clean, up-to-date build.
/// </summary>
public static class FindingsFileFormat
{
    private const string Header = "secretguard-findings v1";

    /// <summary>Writes <paramref name="findings"/>, or deletes the file when there are none.</summary>
    public static void Write(string path, IReadOnlyCollection<BuildFinding> findings)
    {
        if (findings.Count == 0)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            return;
        }

        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        foreach (var finding in findings)
        {
            builder.Append(BuildFindingCodec.Encode(finding)).Append('\n');
        }

        AtomicFile.WriteAllText(path, builder.ToString());
    }

    /// <summary>Reads the findings; throws <see cref="InvalidDataException"/> when the file is damaged.</summary>
    public static IReadOnlyList<BuildFinding> Read(string path)
    {
        if (!File.Exists(path))
        {
            return Array.Empty<BuildFinding>();
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"'{path}' is not a SecretGuard findings file; delete it or rebuild.");
        }

        var findings = new List<BuildFinding>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            findings.Add(BuildFindingCodec.Decode(lines[i])
                ?? throw new InvalidDataException($"'{path}' line {i + 1} is damaged; delete it or rebuild."));
        }

        return findings;
    }
}

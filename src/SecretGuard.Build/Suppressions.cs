using System;
using System.IO;
using SecretGuard.Core.Baselines;

namespace SecretGuard.Build;

/// <summary>
/// The baseline (<c>.secretguard-baseline.json</c>) and ignore list (<c>.secretguardignore</c>) the CLI uses,
/// applied to the task's findings by fingerprint, so a finding accepted in one front door is accepted in all.
/// </summary>
public sealed class Suppressions
{
    private readonly Baseline baseline;
    private readonly IgnoreList ignoreList;

    public Suppressions(Baseline baseline, IgnoreList ignoreList)
    {
        this.baseline = baseline ?? throw new ArgumentNullException(nameof(baseline));
        this.ignoreList = ignoreList ?? throw new ArgumentNullException(nameof(ignoreList));
    }

    public static Suppressions None { get; } = new Suppressions(Baseline.Empty, IgnoreList.Empty);

    /// <summary>
    /// Reads the given files (either may be empty: not used). Throws <see cref="BaselineFormatException"/>
    /// naming the file and line when one is malformed, and I/O exceptions when one cannot be read.
    /// </summary>
    public static Suppressions Load(string? baselineFile, string? ignoreFile)
    {
        var baseline = string.IsNullOrWhiteSpace(baselineFile)
            ? Baseline.Empty
            : BaselineJsonReader.Read(File.ReadAllText(baselineFile), baselineFile!);
        var ignoreList = string.IsNullOrWhiteSpace(ignoreFile)
            ? IgnoreList.Empty
            : IgnoreFileParser.Parse(File.ReadAllText(ignoreFile), ignoreFile!);
        return new Suppressions(baseline, ignoreList);
    }

    public bool IsSuppressed(string fingerprint) => ignoreList.Contains(fingerprint) || baseline.Contains(fingerprint);
}

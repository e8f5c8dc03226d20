using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>
/// Scans one non-code file with Core and turns its findings into <see cref="BuildFinding"/>s:
/// text files through <see cref="SecretScanner.Scan(string, string)"/>, binary files through path rules
/// only. Findings of private-key and key-file rules become SG1002, other findings SG1001; a PEM private key or
/// PKCS#12 file that no rule reported (e.g. a custom catalog without those rules) is still SG1002.
/// </summary>
public sealed class NonCodeFileScanner
{
    /// <summary>Files larger than this are not read (generated data, not configuration).</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>Rule id used in fingerprints of <see cref="BuildDiagnosticIds.PrivateKeyFile"/> findings.</summary>
    public const string PrivateKeyFileRuleId = "private-key-file";

    private const int BinaryProbeChars = 8000;

    private readonly SecretScanner scanner;
    private readonly string logicalRoot;

    /// <param name="scanner">The engine (built-in or configured catalog).</param>
    /// <param name="logicalRoot">Folder that logical paths are relative to (the repository root), so
    /// path rules, allowlists and fingerprints agree with the CLI.</param>
    public NonCodeFileScanner(SecretScanner scanner, string logicalRoot)
    {
        this.scanner = scanner ?? throw new ArgumentNullException(nameof(scanner));
        this.logicalRoot = Path.GetFullPath(logicalRoot);
    }

    /// <summary>Reads and scans a file. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when unreadable.</summary>
    public IReadOnlyList<BuildFinding> ScanFile(string fullPath)
    {
        var logicalPath = LogicalPath(fullPath);
        if (scanner.IsPathAllowed(logicalPath))
        {
            return Array.Empty<BuildFinding>();
        }

        if (PrivateKeyMaterial.IsKeyContainer(fullPath))
        {
            return ScanBinary(fullPath, logicalPath, isKeyContainer: true);
        }

        if (new FileInfo(fullPath).Length > MaxFileBytes)
        {
            return ScanBinary(fullPath, logicalPath, isKeyContainer: false);
        }

        var text = File.ReadAllText(fullPath, Encoding.UTF8);
        if (LooksBinary(text))
        {
            return ScanBinary(fullPath, logicalPath, isKeyContainer: false);
        }

        return ScanText(fullPath, logicalPath, text);
    }

    /// <summary>Scans already-read text of <paramref name="fullPath"/>.</summary>
    public IReadOnlyList<BuildFinding> ScanText(string fullPath, string logicalPath, string text)
    {
        var results = new List<BuildFinding>();
        foreach (var finding in scanner.Scan(text, logicalPath))
        {
            results.Add(FromCore(fullPath, finding));
        }

        if (results.Count == 0)
        {
            var keyIndex = PrivateKeyMaterial.FindPemPrivateKey(text);
            if (keyIndex >= 0)
            {
                results.Add(PrivateKeyFinding(fullPath, logicalPath, text, keyIndex));
            }
        }

        return results;
    }

    /// <summary>Forward-slash path relative to the logical root (or the full path when outside it).</summary>
    public string LogicalPath(string fullPath)
    {
        var root = logicalRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var relative = fullPath.StartsWith(root, PathComparer.Comparison) ? fullPath.Substring(root.Length) : fullPath;
        return FindingFingerprint.NormalizePath(relative);
    }

    private IReadOnlyList<BuildFinding> ScanBinary(string fullPath, string logicalPath, bool isKeyContainer)
    {
        var results = new List<BuildFinding>();
        foreach (var finding in scanner.ScanPath(logicalPath))
        {
            results.Add(FromCore(fullPath, finding));
        }

        if (results.Count == 0 && isKeyContainer)
        {
            results.Add(new BuildFinding(
                fullPath, 1, 1, 1, 1,
                BuildDiagnosticIds.PrivateKeyFile,
                PrivateKeyFileRuleId,
                "PKCS#12 key container (may hold a private key)",
                Severity.Error,
                "(file)",
                FindingFingerprint.Compute(PrivateKeyFileRuleId, logicalPath, string.Empty)));
        }

        return results;
    }

    private static BuildFinding PrivateKeyFinding(string fullPath, string logicalPath, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var headerEnd = text.IndexOf("-----", index + 5, StringComparison.Ordinal);
        var endColumn = headerEnd < 0 ? index - lineStart + 2 : headerEnd + 5 - lineStart + 1;
        return new BuildFinding(
            fullPath, line, index - lineStart + 1, line, endColumn,
            BuildDiagnosticIds.PrivateKeyFile,
            PrivateKeyFileRuleId,
            "PEM private key",
            Severity.Error,
            "-----BEGIN … PRIVATE KEY-----",
            FindingFingerprint.Compute(PrivateKeyFileRuleId, logicalPath, string.Empty));
    }

    private static BuildFinding FromCore(string fullPath, Finding finding) =>
        new BuildFinding(
            fullPath,
            finding.Line,
            finding.Column,
            finding.EndLine,
            finding.EndColumn,
            IsKeyMaterial(finding) ? BuildDiagnosticIds.PrivateKeyFile : BuildDiagnosticIds.SecretInFile,
            finding.RuleId,
            finding.Description,
            finding.Severity,
            finding.Preview,
            finding.Fingerprint);

    /// <summary>Private keys and key/credential store files (rules tagged <c>private-key</c> or <c>file</c>) are SG1002.</summary>
    private static bool IsKeyMaterial(Finding finding)
    {
        foreach (var tag in finding.Tags)
        {
            if (tag == "private-key" || tag == "file")
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksBinary(string text)
    {
        var probe = Math.Min(text.Length, BinaryProbeChars);
        for (var i = 0; i < probe; i++)
        {
            if (text[i] == '\0')
            {
                return true;
            }
        }

        return false;
    }
}

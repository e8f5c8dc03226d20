using SecretGuard.Git;

namespace SecretGuard.Cli.Git;

/// <summary>The facts a git scan must state under its findings: what was walked, and what was not scanned and why.</summary>
internal static class GitSummaryNotes
{
    public static List<string> For(GitScanResult result, bool staged)
    {
        var notes = new List<string>
        {
            staged
                ? $"staged changes: {result.BlobsScanned} blobs"
                : $"{result.CommitsScanned} commits walked, {result.BlobsScanned} unique blobs scanned",
        };

        if (result.IsShallow && !staged)
        {
            notes.Add("shallow clone: history before the clone's boundary is not in this repository and was not scanned (fetch with --unshallow to scan it)");
        }

        if (result.SubmodulePaths.Count > 0)
        {
            var shown = string.Join(", ", result.SubmodulePaths.Take(5)) + (result.SubmodulePaths.Count > 5 ? $" and {result.SubmodulePaths.Count - 5} more" : "");
            notes.Add($"submodules not followed (scan their repositories separately): {shown}");
        }

        if (result.LfsPointersSkipped > 0)
        {
            notes.Add($"{result.LfsPointersSkipped} Git LFS pointers skipped (the content lives on the LFS server)");
        }

        if (result.Problems.Count > 0)
        {
            notes.Add($"{result.Problems.Count} objects could not be read (listed on standard error); everything else was scanned");
        }

        return notes;
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Scanning;

/// <summary>
/// Scans files, folders and standard input with one shared <see cref="SecretScanner"/>, in parallel (bounded by
/// <see cref="ScanSettings.Threads"/>). Binary, oversized, unreadable, symlinked and allowlisted files are counted in
/// <see cref="Statistics"/>, never fatal; binary and oversized files still go through the path-only rules.
/// </summary>
public sealed class FileSystemScanner(SecretScanner scanner, ScanSettings settings, Action<string>? trace = null)
{
    public ScanStatistics Statistics { get; } = new();

    /// <summary>Scans <paramref name="fullRoots"/> (existing files and folders) and, when <paramref name="stdin"/> is given, standard input first.</summary>
    public List<Finding> Run(IReadOnlyList<string> fullRoots, LogicalPaths paths, Func<Stream>? stdin)
    {
        var findings = new List<Finding>();
        if (stdin is not null)
        {
            using var stream = stdin();
            findings.AddRange(ScanStream(stream, settings.StdinName));
        }

        var walker = new FileWalker(settings, paths, Skip, trace);
        var merged = new ConcurrentQueue<List<Finding>>();
        Parallel.ForEach(
            Partitioner.Create(walker.Enumerate(fullRoots), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Threads) },
            () => new List<Finding>(),
            (target, _, local) =>
            {
                local.AddRange(ScanFile(target));
                return local;
            },
            local => merged.Enqueue(local));

        foreach (var part in merged)
        {
            findings.AddRange(part);
        }

        return findings;
    }

    private void Skip(SkipReason reason, string logicalPath, string detail)
    {
        Statistics.Skipped(reason);
        trace?.Invoke($"skipped {logicalPath}: {detail}");
    }

    private IReadOnlyList<Finding> ScanFile(ScanTarget target)
    {
        if (scanner.IsPathAllowed(target.LogicalPath))
        {
            Skip(SkipReason.Allowlisted, target.LogicalPath, "path allowlisted by the configuration");
            return [];
        }

        if (target.Length > settings.MaxFileSize)
        {
            Skip(SkipReason.TooLarge, target.LogicalPath, $"{target.Length} bytes is over --max-file-size {settings.MaxFileSize}");
            return scanner.ScanPath(target.LogicalPath);
        }

        if (target.Length == 0)
        {
            Statistics.Scanned(0); // nothing to read (also keeps FIFOs and device nodes from blocking the scan)
            return scanner.ScanPath(target.LogicalPath);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)target.Length);
        try
        {
            int length;
            try
            {
                length = ReadAll(target.FullPath, buffer, (int)target.Length);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                Skip(SkipReason.Unreadable, target.LogicalPath, exception is UnauthorizedAccessException ? "permission denied" : exception.Message);
                return scanner.ScanPath(target.LogicalPath);
            }

            return ScanBytes(buffer.AsSpan(0, length), target.LogicalPath);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private IReadOnlyList<Finding> ScanStream(Stream stream, string logicalPath)
    {
        if (scanner.IsPathAllowed(logicalPath))
        {
            Skip(SkipReason.Allowlisted, logicalPath, "path allowlisted by the configuration");
            return [];
        }

        var limit = settings.MaxFileSize;
        using var content = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (content.Length + read > limit)
            {
                Skip(SkipReason.TooLarge, logicalPath, $"standard input is over --max-file-size {limit}");
                return [];
            }

            content.Write(chunk, 0, read);
        }

        return ScanBytes(content.GetBuffer().AsSpan(0, (int)content.Length), logicalPath);
    }

    private IReadOnlyList<Finding> ScanBytes(ReadOnlySpan<byte> content, string logicalPath)
    {
        if (TextDecoder.DetectUnicodeBom(content) is null && BinaryDetector.LooksBinary(content))
        {
            Skip(SkipReason.Binary, logicalPath, "binary content");
            return scanner.ScanPath(logicalPath);
        }

        var text = TextDecoder.Decode(content);
        Statistics.Scanned(content.Length);
        return scanner.Scan(text, logicalPath);
    }

    private static int ReadAll(string path, byte[] buffer, int expected)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var total = 0;
        while (total < expected)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(total, expected - total), total);
            if (read == 0)
            {
                break; // the file shrank since it was listed
            }

            total += read;
        }

        return total;
    }
}

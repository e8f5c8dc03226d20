namespace SecretGuard.Git;

/// <summary>A snapshot of a running scan, for progress displays.</summary>
public sealed record GitScanProgress(string Phase, int CommitsWalked, int BlobsTotal, int BlobsScanned, long BytesScanned, TimeSpan Elapsed)
{
    /// <summary>Bytes scanned per second so far, in MB/s (10^6).</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesScanned / 1e6 / Elapsed.TotalSeconds : 0;
}

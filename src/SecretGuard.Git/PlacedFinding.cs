using SecretGuard.Core.Findings;

namespace SecretGuard.Git;

/// <summary>A finding with its introducing commit (null when staged) and which occurrence of its fingerprint it is within the blob.</summary>
internal readonly record struct PlacedFinding(Finding Finding, CommitInfo? Commit, int Occurrence)
{
    public int CommitOrder => Commit?.Order ?? 0;

    /// <summary>One place: the same secret at the same path (the fingerprint), the nth time it appears in the file.</summary>
    public string PlaceKey => Finding.Fingerprint + "#" + Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using SecretGuard.Core.Findings;

namespace SecretGuard.Git;

/// <summary>A finding with its introducing commit's walk order and which occurrence of its fingerprint it is within the blob.</summary>
internal readonly record struct PlacedFinding(Finding Finding, int CommitOrder, int Occurrence)
{
    /// <summary>One place: the same secret at the same path (the fingerprint), the nth time it appears in the file.</summary>
    public string PlaceKey => Finding.Fingerprint + "#" + Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>Line-level detection counts on a labelled corpus, with the locations behind them (never the secrets).</summary>
internal sealed record CorpusScore(
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    IReadOnlyList<string> FalsePositiveLines,
    IReadOnlyList<string> MissedSecrets,
    IReadOnlyList<(string File, Finding Finding)> Findings)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"TP {TruePositives}  FP {FalsePositives}  FN {FalseNegatives}  precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}";
}

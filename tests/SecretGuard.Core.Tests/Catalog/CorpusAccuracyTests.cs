using SecretGuard.Core.Detection;
using Xunit.Abstractions;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>
/// Accuracy of the built-in catalog on the labelled secretlint corpora in <c>shared/corpus</c>. Output lists
/// counts and locations (file:line and rule id), never secret values.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private const double MinimumPrecision = 0.90;
    private const double MinimumRecall = 0.85;

    private readonly ITestOutputHelper output;

    public CorpusAccuracyTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Secretlint_core_corpus_meets_precision_and_recall_targets()
    {
        var score = ScoreCorpus("secretlint-core");
        Assert.True(score.Precision >= MinimumPrecision, $"precision {score.Precision:F3} < {MinimumPrecision:F2}: {score}");
        Assert.True(score.Recall >= MinimumRecall, $"recall {score.Recall:F3} < {MinimumRecall:F2}: {score}");
    }

    [Fact]
    public void Secretlint_fixtures_corpus_is_scored()
    {
        var score = ScoreCorpus("secretlint-fixtures");
        Assert.True(score.TruePositives > 0, $"no labelled secret found: {score}");
    }

    private CorpusScore ScoreCorpus(string name)
    {
        var corpus = LabeledCorpus.TryLoad(name);
        Assert.True(
            corpus != null,
            $"Labelled corpus '{name}' not found: expected shared/corpus/{name} in a folder above {AppContext.BaseDirectory}, "
            + "or set SECRETGUARD_CORPUS to the corpus (or to the folder holding it).");

        var score = corpus!.Score(SecretScanner.Default);
        output.WriteLine($"{name}: {score}");
        output.WriteLine("false positives (file:line rule):");
        foreach (var line in score.FalsePositiveLines)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine("missed secrets (file:line kind):");
        foreach (var line in score.MissedSecrets)
        {
            output.WriteLine("  " + line);
        }

        var sarifFolder = Environment.GetEnvironmentVariable("SECRETGUARD_SARIF_OUT");
        if (!string.IsNullOrEmpty(sarifFolder))
        {
            System.IO.Directory.CreateDirectory(sarifFolder);
            CorpusSarifWriter.Write(Path.Combine(sarifFolder, name + ".sarif"), score);
        }

        return score;
    }
}

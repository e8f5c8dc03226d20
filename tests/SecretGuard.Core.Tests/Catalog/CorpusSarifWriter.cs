using System.Text.Json;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>
/// Writes a corpus run as minimal SARIF 2.1.0 (rule id, uri relative to <c>files/</c>, start line), so the same
/// findings can be scored by <c>shared/bench/score.py</c>. Used when <c>SECRETGUARD_SARIF_OUT</c> names a folder.
/// </summary>
internal static class CorpusSarifWriter
{
    public static void Write(string path, CorpusScore score)
    {
        var results = score.Findings.Select(item => new Dictionary<string, object>
        {
            ["ruleId"] = item.Finding.RuleId,
            ["message"] = new Dictionary<string, object> { ["text"] = item.Finding.Description },
            ["locations"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["physicalLocation"] = new Dictionary<string, object>
                    {
                        ["artifactLocation"] = new Dictionary<string, object> { ["uri"] = item.File },
                        ["region"] = new Dictionary<string, object> { ["startLine"] = item.Finding.Line, ["startColumn"] = item.Finding.Column },
                    },
                },
            },
        }).ToList();

        var document = new Dictionary<string, object>
        {
            ["version"] = "2.1.0",
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["runs"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["tool"] = new Dictionary<string, object> { ["driver"] = new Dictionary<string, object> { ["name"] = "SecretGuard" } },
                    ["results"] = results,
                },
            },
        };

        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }
}

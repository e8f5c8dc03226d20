using SecretGuard.Core.Baselines;
using SecretGuard.Core.Detection;

namespace SecretGuard.Git.Tests.Baselines;

public class BaselineTests
{
    [Fact]
    public void Baseline_survives_edits_that_move_the_secret_to_another_line()
    {
        var token = TestSecrets.GitHubToken();
        var before = $"a = 1\ntoken = \"{token}\"\n";
        var after = $"// new header\n\n\nb = 2\na = 1\ntoken = \"{token}\"\n";
        var baseline = Baseline.FromFindings(SecretScanner.Default.Scan(before, "app/settings.txt"));
        var suppressor = new FindingSuppressor(baseline, "b.json", null);

        var findings = SecretScanner.Default.Scan(after, "app/settings.txt");

        Assert.Single(findings);
        Assert.Empty(suppressor.Filter(findings));
        Assert.Equal(1, suppressor.SuppressedByBaseline);
    }

    [Fact]
    public void A_new_secret_on_a_baselined_line_is_still_reported()
    {
        var oldToken = TestSecrets.GitHubToken();
        var newToken = TestSecrets.GitHubToken();
        var baseline = Baseline.FromFindings(SecretScanner.Default.Scan($"token = \"{oldToken}\"\n", "a.txt"));
        var suppressor = new FindingSuppressor(baseline, "b.json", null);

        var reported = suppressor.Filter(SecretScanner.Default.Scan($"token = \"{newToken}\"\n", "a.txt"));

        Assert.Single(reported);
        Assert.Single(suppressor.StaleEntries());
    }

    [Fact]
    public void Written_baseline_holds_fingerprints_but_never_the_secret_and_reads_back()
    {
        var token = TestSecrets.GitHubToken();
        var findings = SecretScanner.Default.Scan($"x\n\"{token}\"\n", "dir/we\"ird\tname.txt");
        var baseline = Baseline.FromFindings(findings);

        var json = BaselineJsonWriter.Write(baseline);
        var read = BaselineJsonReader.Read(json, "b.json");

        Assert.DoesNotContain(token, json);
        Assert.DoesNotContain(token.Substring(4, 12), json);
        var entry = Assert.Single(read.Entries);
        Assert.Equal(findings[0].Fingerprint, entry.Fingerprint);
        Assert.Equal("dir/we\"ird\tname.txt", entry.Path);
        Assert.Equal(2, entry.Line);
        Assert.Equal("github-pat", entry.RuleId);
    }

    [Fact]
    public void Empty_baseline_round_trips()
    {
        var read = BaselineJsonReader.Read(BaselineJsonWriter.Write(Baseline.Empty), "b.json");
        Assert.Equal(0, read.Count);
    }

    [Theory]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"ruleId\": \"x\" }\n  ]\n}", 4)]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"fingerprint\": \"nope\" }\n  ]\n}", 4)]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": }\n  ]\n}", 4)]
    [InlineData("{\n  \"version\": 9,\n  \"findings\": []\n}", 2)]
    [InlineData("[]", 1)]
    [InlineData("{\n  \"version\": 1\n", 3)]
    public void Malformed_baseline_is_rejected_with_file_and_line(string json, int line)
    {
        var error = Assert.Throws<BaselineFormatException>(() => BaselineJsonReader.Read(json, "my-baseline.json"));
        Assert.Equal("my-baseline.json", error.SourceName);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"my-baseline.json({line}): ", error.Message);
    }

    [Fact]
    public void Reader_ignores_unknown_properties_and_accepts_missing_hints()
    {
        var fingerprint = "github-pat:" + new string('a', 32);
        var json = "{ \"version\": 1, \"future\": {\"x\": [1, 2.5e3, true, null]}, \"findings\": [ { \"fingerprint\": \"" + fingerprint + "\", \"extra\": false } ] }";

        var baseline = BaselineJsonReader.Read(json, "b.json");

        Assert.True(baseline.Contains(fingerprint));
        Assert.Equal("github-pat", baseline.Entries[0].RuleId);
    }

    [Fact]
    public void Update_keeps_found_entries_adds_new_ones_and_drops_fixed_ones()
    {
        var kept = TestSecrets.GitHubToken();
        var fixedToken = TestSecrets.GitHubToken();
        var added = TestSecrets.GitHubToken();
        var old = Baseline.FromFindings(SecretScanner.Default.Scan($"{kept}\n{fixedToken}\n", "a.txt"));

        var update = old.Update(SecretScanner.Default.Scan($"{kept}\n{added}\n", "a.txt"));

        Assert.Equal((1, 1, 1), (update.Added, update.Kept, update.Removed));
        Assert.Equal(2, update.Baseline.Count);
    }
}

using SecretGuard.Core.Baselines;
using SecretGuard.Core.Detection;

namespace SecretGuard.Git.Tests.Baselines;

public class IgnoreFileTests
{
    [Fact]
    public void Ignore_file_suppresses_listed_fingerprints_and_reports_stale_entries()
    {
        var token = TestSecrets.GitHubToken();
        var finding = Assert.Single(SecretScanner.Default.Scan($"key: {token}\n", "config.yml"));
        var staleFingerprint = "github-pat:" + new string('0', 32);
        var text = $"# accepted test fixtures\n\n{finding.Fingerprint}   # rotated in 2025\n{staleFingerprint}\n";
        var ignore = IgnoreFileParser.Parse(text, ".secretguardignore");
        var suppressor = new FindingSuppressor(null, null, ignore);

        var reported = suppressor.Filter(new[] { finding });

        Assert.Empty(reported);
        Assert.Equal("rotated in 2025", ignore.Entries[0].Comment);
        var stale = Assert.Single(suppressor.StaleEntries());
        Assert.Equal(staleFingerprint, stale.Fingerprint);
        Assert.Equal(4, stale.Line);
    }

    [Fact]
    public void Malformed_ignore_line_is_an_error_naming_the_line()
    {
        var text = "github-pat:" + new string('a', 32) + "\r\nsrc/a.cs:github-pat:12\n";

        var error = Assert.Throws<BaselineFormatException>(() => IgnoreFileParser.Parse(text, ".secretguardignore"));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Ignore_list_wins_over_baseline_for_counting()
    {
        var token = TestSecrets.GitHubToken();
        var findings = SecretScanner.Default.Scan(token, "a.txt");
        var ignore = IgnoreFileParser.Parse(findings[0].Fingerprint + "\n", "i");
        var suppressor = new FindingSuppressor(Baseline.FromFindings(findings), "b", ignore);

        Assert.Empty(suppressor.Filter(findings));
        Assert.Equal((0, 1), (suppressor.SuppressedByBaseline, suppressor.SuppressedByIgnore));
        Assert.Empty(suppressor.StaleEntries());
    }
}

using System.Text;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Tests.Catalog;

namespace SecretGuard.Core.Tests.Detection;

/// <summary>
/// <see cref="SecretScanner.ScanRevision"/> reuses single-line results across revisions of a file; it must report
/// exactly what <see cref="SecretScanner.Scan(string, string, string)"/> reports, for every text. Messages name
/// files, seeds and rules only, never the generated text.
/// </summary>
public sealed class RevisionScanTests
{
    [Theory]
    [InlineData("secretlint-core")]
    [InlineData("secretlint-fixtures")]
    public void Every_corpus_file_gives_the_same_findings_as_a_plain_scan(string corpusName)
    {
        var corpus = LabeledCorpus.TryLoad(corpusName);
        Assert.True(corpus is not null, $"corpus {corpusName} not found (shared/corpus beside the repository, or SECRETGUARD_CORPUS)");
        var plain = new SecretScanner(RuleCatalog.BuiltIn);
        var revisions = new SecretScanner(RuleCatalog.BuiltIn);
        var files = Directory.GetFiles(corpus!.FilesRoot, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var findings = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var path = Path.GetRelativePath(corpus.FilesRoot, file).Replace('\\', '/');
            var expected = Describe(plain.Scan(text, path, null));
            findings += expected.Count;
            Assert.True(expected.SequenceEqual(Describe(revisions.ScanRevision(text, path, null))), $"{path}: revision scan differs from a plain scan");

            // Scanned again (every line now memoized), and as the same content under another path.
            Assert.True(expected.SequenceEqual(Describe(revisions.ScanRevision(text, path, null))), $"{path}: second revision scan differs");
        }

        Assert.True(findings > 50, $"{corpusName}: only {findings} findings; the comparison proves little");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Edited_revisions_of_a_file_give_the_same_findings_as_plain_scans(int seed)
    {
        var random = new Random(seed);
        var plain = new SecretScanner(RuleCatalog.BuiltIn);
        var revisions = new SecretScanner(RuleCatalog.BuiltIn);
        var pool = LinePool(random);
        var lines = Enumerable.Range(0, 40).Select(_ => pool[random.Next(pool.Count)]).ToList();
        var findings = 0;
        for (var revision = 0; revision < 150; revision++)
        {
            var edit = random.Next(4);
            var at = random.Next(lines.Count + 1);
            if (edit == 0 && lines.Count > 5)
            {
                lines.RemoveAt(Math.Min(at, lines.Count - 1));
            }
            else if (edit == 1 && at < lines.Count)
            {
                lines[at] = pool[random.Next(pool.Count)];
            }
            else
            {
                // Multi-line blocks (a private key) go in whole, so an edit can also cut into one later.
                lines.InsertRange(at, pool[random.Next(pool.Count)].Split('\n'));
            }

            var text = string.Join(random.Next(5) == 0 ? "\r\n" : "\n", lines) + (revision % 3 == 0 ? "" : "\n");
            var expected = Describe(plain.Scan(text, "src/app/settings.yml", null));
            findings += expected.Count;
            if (revisions.TryScanCleanRevision(Encoding.UTF8.GetBytes(text), "src/app/settings.yml", null, out var decided))
            {
                Assert.True(expected.SequenceEqual(Describe(decided)), $"seed {seed}, revision {revision}: decided on its bytes, differs from a plain scan");
            }

            Assert.True(
                expected.SequenceEqual(Describe(revisions.ScanRevision(text, "src/app/settings.yml", null))),
                $"seed {seed}, revision {revision}: revision scan differs from a plain scan");
        }

        Assert.True(findings > 100, $"seed {seed}: only {findings} findings");
    }

    [Fact]
    public void Clean_ascii_revisions_are_decided_on_their_bytes_and_anything_else_is_left_to_the_text_scan()
    {
        var scanner = new SecretScanner(RuleCatalog.BuiltIn);
        var clean = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"value{i} = compute(index, {i}) // token handler config")) + "\n";
        const string path = "src/module/file.cs";

        Assert.True(scanner.TryScanCleanRevision(Encoding.ASCII.GetBytes(clean), path, null, out var none));
        Assert.Empty(none);
        Assert.True(scanner.TryScanCleanRevision(Encoding.ASCII.GetBytes(clean + "one more = line\n"), path, null, out none), "second revision, memoized lines");
        Assert.Empty(none);
        Assert.True(scanner.TryScanCleanRevision(ReadOnlySpan<byte>.Empty, path, null, out none));
        Assert.Empty(none);

        // A line with a finding, the first line of a private key block (a multi-line rule), non-ASCII text: the text scan decides.
        var withToken = clean + $"api_token = \"{TestSecrets.GitHubToken(5)}\"\n";
        Assert.False(scanner.TryScanCleanRevision(Encoding.ASCII.GetBytes(withToken), path, null, out _));
        Assert.Single(scanner.ScanRevision(withToken, path, null));
        Assert.False(scanner.TryScanCleanRevision(Encoding.ASCII.GetBytes(clean + "-----BEGIN RSA " + "PRIVATE KEY-----\n"), path, null, out _));
        Assert.False(scanner.TryScanCleanRevision(Encoding.UTF8.GetBytes(clean + "// café\n"), path, null, out _));

        // Path findings still come back from a clean revision.
        var keyFile = scanner.ScanPath("deploy/id_rsa");
        Assert.NotEmpty(keyFile);
        Assert.True(scanner.TryScanCleanRevision(Encoding.ASCII.GetBytes(clean), "deploy/id_rsa", null, out var pathFindings));
        Assert.Equal(Describe(keyFile), Describe(pathFindings));
    }

    [Fact]
    public void A_line_read_as_ascii_bytes_has_the_key_of_the_same_line_as_text()
    {
        var random = new Random(11);
        for (var length = 0; length < 100; length++)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)random.Next(1, 128);
            }

            var line = new string(chars);
            Assert.Equal(LineKey.Of(line, 0, length), LineKey.OfAscii(Encoding.ASCII.GetBytes(line)));
            if (length > 0)
            {
                Assert.NotEqual(LineKey.Of(line, 0, length), LineKey.OfAscii(Encoding.ASCII.GetBytes(line.Substring(1))));
            }
        }
    }

    [Fact]
    public void Path_specific_rules_and_allowlists_apply_per_path()
    {
        var plain = new SecretScanner(RuleCatalog.BuiltIn);
        var revisions = new SecretScanner(RuleCatalog.BuiltIn);
        var text = string.Join("\n", LinePool(new Random(3)));
        foreach (var path in new[] { "src/a.cs", "package-lock.json", "docs/readme.md", "tests/fixtures/x.env", ".env", "src/a.cs" })
        {
            Assert.True(
                Describe(plain.Scan(text, path, null)).SequenceEqual(Describe(revisions.ScanRevision(text, path, null))),
                $"{path}: revision scan differs from a plain scan");
        }
    }

    [Fact]
    public void A_full_memo_is_dropped_and_filled_again_without_changing_findings()
    {
        var plain = new SecretScanner(RuleCatalog.BuiltIn);
        var revisions = new SecretScanner(RuleCatalog.BuiltIn) { MemoizedLineLimit = 60 };
        var random = new Random(5);
        var pool = LinePool(random);
        var dropped = 0;
        for (var revision = 0; revision < 40; revision++)
        {
            var path = $"src/file{revision % 3}.yml";
            var text = string.Join("\n", Enumerable.Range(0, 25).Select(_ => pool[random.Next(pool.Count)]));
            var before = revisions.MemoizedLineCount;
            Assert.True(
                Describe(plain.Scan(text, path, null)).SequenceEqual(Describe(revisions.ScanRevision(text, path, null))),
                $"revision {revision}: revision scan differs from a plain scan");
            if (revisions.MemoizedLineCount < before)
            {
                dropped++;
            }

            Assert.True(revisions.MemoizedLineCount < 60, $"revision {revision}: {revisions.MemoizedLineCount} lines kept past the limit");
        }

        Assert.True(dropped > 0, "the memo never filled up; the test proves nothing");
    }

    [Fact]
    public void Commit_allowlists_are_honoured()
    {
        var token = TestSecrets.GitHubToken();
        var catalog = new RuleCatalog(RuleCatalog.BuiltIn.Rules, [new RuleAllowlist { Commits = ["abc123"] }]);
        var scanner = new SecretScanner(catalog);
        var text = $"token: {token}\n";

        Assert.Empty(scanner.ScanRevision(text, "a.yml", "abc123def"));
        Assert.Single(scanner.ScanRevision(text, "a.yml", "fff000"));
    }

    /// <summary>Ordinary lines, placeholders, allow comments, and real-format secrets of several rules (generated from the catalog's own examples).</summary>
    private static List<string> LinePool(Random random)
    {
        var pool = new List<string>
        {
            "name: demo",
            "timeout = 30",
            "// TODO: rotate the api key every month",
            "password: ${DB_PASSWORD}",
            "api_key = \"your-api-key-here\"",
            "",
            "    ",
        };
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            foreach (var example in rule.Examples.MustMatch)
            {
                var line = ExampleTemplate.Expand(example, random);
                pool.Add(line);
                if (random.Next(6) == 0 && !line.Contains('\n', StringComparison.Ordinal))
                {
                    pool.Add(line + " # " + InlineAllowComment.Marker);
                }
            }

            foreach (var example in rule.Examples.MustNotMatch)
            {
                pool.Add(ExampleTemplate.Expand(example, random));
            }
        }

        return pool;
    }

    private static List<string> Describe(IReadOnlyList<Finding> findings) =>
        findings.Select(f => $"{f.RuleId}|{f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn}|{f.StartIndex}+{f.Length}|{f.Confidence}|{f.Validation}|{f.Fingerprint}|{f.Preview}").ToList();
}

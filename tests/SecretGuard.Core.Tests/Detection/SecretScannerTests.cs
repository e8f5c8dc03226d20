using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Tests.Detection;

public class SecretScannerTests
{
    private static readonly string Secret = "tkn_" + TestSecrets.Random(24, 7);

    [Fact]
    public void Reports_position_rule_and_secret_of_a_match()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var text = "line one\n  var t = \"" + Secret + "\";\n";

        var finding = Assert.Single(scanner.Scan(text, "src/a.cs"));

        Assert.Equal("test-token", finding.RuleId);
        Assert.Equal(2, finding.Line);
        Assert.Equal(12, finding.Column);
        Assert.Equal(2, finding.EndLine);
        Assert.Equal(12 + Secret.Length, finding.EndColumn);
        Assert.Equal(Secret, finding.Secret);
        Assert.Equal(text.IndexOf(Secret, StringComparison.Ordinal), finding.StartIndex);
        Assert.Equal("src/a.cs", finding.Path);
    }

    [Fact]
    public void Text_without_keywords_yields_nothing()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        Assert.Empty(scanner.Scan("nothing to see " + TestSecrets.Random(40, 3), "a.txt"));
    }

    [Fact]
    public void Keywords_match_case_insensitively()
    {
        var rule = new Rule { Id = "ci", Regex = @"\b((?i:tkn_)[A-Za-z0-9]{24})\b", Keywords = new[] { "tkn_" }, IsBuiltIn = true };
        Assert.Single(TestRules.Scanner(rule).Scan("x = TKN_" + TestSecrets.Random(24, 9), "a.txt"));
    }

    [Fact]
    public void Preview_masks_the_secret_and_keeps_the_public_prefix()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var finding = Assert.Single(scanner.Scan("token = " + Secret, "a.env"));

        Assert.DoesNotContain(Secret.Substring(4), finding.Preview, StringComparison.Ordinal);
        Assert.Equal("token = tkn_****", finding.Preview);
        Assert.DoesNotContain(Secret.Substring(4), finding.Fingerprint, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret.Substring(4), finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_masks_every_secret_on_the_line_not_only_its_own()
    {
        var other = "tkn_" + TestSecrets.Random(24, 99);
        var scanner = TestRules.Scanner(TestRules.Token());
        var findings = scanner.Scan($"a={Secret} b={other}", "a.env");

        Assert.Equal(2, findings.Count);
        foreach (var finding in findings)
        {
            Assert.DoesNotContain(Secret.Substring(4), finding.Preview, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Substring(4), finding.Preview, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fingerprint_ignores_line_moves_but_changes_with_the_secret_and_path()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var before = Assert.Single(scanner.Scan("x = " + Secret, "a.txt")).Fingerprint;
        var moved = Assert.Single(scanner.Scan("\n\n\n    // moved\n y = " + Secret, "a.txt")).Fingerprint;
        var otherSecret = Assert.Single(scanner.Scan("x = tkn_" + TestSecrets.Random(24, 8), "a.txt")).Fingerprint;
        var otherPath = Assert.Single(scanner.Scan("x = " + Secret, "b.txt")).Fingerprint;

        Assert.Equal(before, moved);
        Assert.NotEqual(before, otherSecret);
        Assert.NotEqual(before, otherPath);
        Assert.StartsWith("test-token:", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_treats_backslash_and_dot_slash_paths_alike()
    {
        Assert.Equal(FindingFingerprint.Compute("r", "src/a.cs", "s"), FindingFingerprint.Compute("r", ".\\src\\a.cs", "s"));
    }

    [Theory]
    [InlineData("// secretguard:allow")]
    [InlineData("# secretguard:allow (rotated)")]
    [InlineData("<!-- gitleaks:allow -->")]
    [InlineData("; SECRETGUARD:ALLOW")]
    public void Inline_allow_comment_on_the_line_suppresses(string comment)
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        Assert.Empty(scanner.Scan($"x = {Secret} {comment}\n", "a.txt"));
        Assert.Single(scanner.Scan($"x = {Secret}\n{comment}\n", "a.txt"));
    }

    [Fact]
    public void Inline_allow_comments_can_be_switched_off()
    {
        var scanner = new SecretScanner(new RuleCatalog(new[] { TestRules.Token() }), new ScannerOptions { HonorInlineAllowComments = false });
        Assert.Single(scanner.Scan($"x = {Secret} // secretguard:allow", "a.txt"));
    }

    [Fact]
    public void Entropy_threshold_drops_low_entropy_secrets()
    {
        var scanner = TestRules.Scanner(TestRules.Token(entropy: 3.5));
        Assert.Empty(scanner.Scan("x = tkn_abababababababababababab", "a.txt"));
        Assert.Single(scanner.Scan("x = " + Secret, "a.txt"));
    }

    [Theory]
    [InlineData("password = ${DB_PASSWORD}")]
    [InlineData("password: {{ .Values.db.password }}")]
    [InlineData("password = <your-password>")]
    [InlineData("password = changeme")]
    [InlineData("password = ********")]
    [InlineData("password = xxxxxxxxxxxx")]
    [InlineData("password = YOUR_API_KEY")]
    [InlineData("password = password123")]
    [InlineData("password = Enter your password here")]
    public void Generic_rules_skip_placeholders(string line)
    {
        var scanner = TestRules.Scanner(TestRules.GenericPassword());
        Assert.Empty(scanner.Scan(line, "app.env"));
    }

    [Theory]
    [InlineData("password = shipment-7251")]
    [InlineData("password = release-1.4.2")]
    [InlineData("password = Order_2024_Final")]
    public void Generic_rules_skip_words_joined_to_numbers(string line)
    {
        Assert.Empty(TestRules.Scanner(TestRules.GenericPassword()).Scan(line, "app.env"));
    }

    [Fact]
    public void Built_in_generic_secret_rule_ignores_an_id_but_not_a_random_value_under_a_token_key()
    {
        Assert.Empty(SecretScanner.Default.Scan("{ \"CatalogToken\": \"shipment-7251\" }", "a.json"));
        Assert.Single(SecretScanner.Default.Scan("{ \"CatalogToken\": \"" + TestSecrets.Random(24, 31) + "\" }", "a.json"));
    }

    [Theory]
    [InlineData("redis://app:{0}@cache:6379")]
    [InlineData("Server=db;User Id=app;Password={1};")]
    [InlineData("amqp://user:{0:D}@broker/")]
    public void Format_slots_are_not_passwords(string text)
    {
        Assert.Empty(SecretScanner.Default.Scan(text, "Settings.cs"));
    }

    [Fact]
    public void Generic_rule_reports_a_real_looking_password()
    {
        var scanner = TestRules.Scanner(TestRules.GenericPassword());
        Assert.Single(scanner.Scan("password = " + TestSecrets.Random(16, 5), "app.env"));
    }

    [Fact]
    public void Generic_finding_yields_to_a_specific_rule_on_the_same_secret()
    {
        var scanner = TestRules.Scanner(TestRules.GenericPassword(), TestRules.Token());
        var finding = Assert.Single(scanner.Scan("password = " + Secret, "app.env"));
        Assert.Equal("test-token", finding.RuleId);
    }

    [Fact]
    public void Rule_allowlist_stopwords_and_regexes_suppress()
    {
        var stop = TestRules.Token(allowlists: new[] { new RuleAllowlist { StopWords = new[] { "AAAA" } } });
        var scanner = TestRules.Scanner(stop);
        Assert.Empty(scanner.Scan("x = tkn_AAAA" + TestSecrets.Random(20, 4), "a.txt"));

        var byLine = TestRules.Token(allowlists: new[] { new RuleAllowlist { Regexes = new[] { "fixture" }, RegexTarget = AllowlistRegexTarget.Line } });
        Assert.Empty(TestRules.Scanner(byLine).Scan("fixture = " + Secret, "a.txt"));
        Assert.Single(TestRules.Scanner(byLine).Scan("x = " + Secret, "a.txt"));
    }

    [Fact]
    public void Allowlist_with_condition_AND_needs_every_criterion()
    {
        var rule = TestRules.Token(allowlists: new[]
        {
            new RuleAllowlist { RequireAll = true, Paths = new[] { @"^tests/" }, StopWords = new[] { "BBBB" } },
        });
        var scanner = TestRules.Scanner(rule);
        var marked = "x = tkn_BBBB" + TestSecrets.Random(20, 6);

        Assert.Empty(scanner.Scan(marked, "tests/a.txt"));
        Assert.Single(scanner.Scan(marked, "src/a.txt"));
        Assert.Single(scanner.Scan("x = " + Secret, "tests/a.txt"));
    }

    [Fact]
    public void Global_path_allowlist_skips_the_file_and_target_rules_limit_others()
    {
        var catalog = new RuleCatalog(
            new[] { TestRules.Token(), TestRules.Token(id: "other", prefix: "oth_") },
            new[]
            {
                new RuleAllowlist { Paths = new[] { @"^fixtures/" } },
                new RuleAllowlist { StopWords = new[] { "CCCC" }, TargetRules = new[] { "other" } },
            });
        var scanner = new SecretScanner(catalog);

        Assert.True(scanner.IsPathAllowed("fixtures/x.txt"));
        Assert.Empty(scanner.Scan("x = " + Secret, "fixtures/x.txt"));
        Assert.Empty(scanner.Scan("x = oth_CCCC" + TestSecrets.Random(20, 1), "a.txt"));
        Assert.Single(scanner.Scan("x = tkn_CCCC" + TestSecrets.Random(20, 1), "a.txt"));
    }

    [Fact]
    public void Global_allowlist_mixing_paths_and_stopwords_with_OR_skips_matching_files_up_front()
    {
        var mixed = new RuleAllowlist { Paths = new[] { @"(^|/)node_modules/" }, StopWords = new[] { "DDDD" } };
        var mixedAnd = new RuleAllowlist { RequireAll = true, Paths = new[] { @"^vendor/" }, StopWords = new[] { "DDDD" } };
        var scanner = new SecretScanner(new RuleCatalog(new[] { TestRules.Token() }, new[] { mixed, mixedAnd }));

        Assert.True(scanner.IsPathAllowed("web/node_modules/x/index.js"));
        Assert.False(scanner.IsPathAllowed("vendor/x.js"));
        Assert.Single(scanner.Scan("x = " + Secret, "vendor/x.js"));
        Assert.Empty(scanner.Scan("x = tkn_DDDD" + TestSecrets.Random(20, 2), "vendor/x.js"));
    }

    [Fact]
    public void Commit_allowlist_applies_only_to_scans_of_that_commit()
    {
        var rule = TestRules.Token(allowlists: new[] { new RuleAllowlist { Commits = new[] { "abc123" } } });
        var scanner = TestRules.Scanner(rule);
        Assert.Empty(scanner.Scan("x = " + Secret, "a.txt", "abc123def"));
        Assert.Single(scanner.Scan("x = " + Secret, "a.txt", "ffff"));
        Assert.Single(scanner.Scan("x = " + Secret, "a.txt"));
    }

    [Fact]
    public void Path_rule_limits_where_a_rule_applies()
    {
        var rule = new Rule { Id = "env-only", Regex = @"\b(tkn_[A-Za-z0-9]{24})\b", Keywords = new[] { "tkn_" }, Path = @"\.env$", IsBuiltIn = true };
        var scanner = TestRules.Scanner(rule);
        Assert.Single(scanner.Scan("x = " + Secret, "prod.env"));
        Assert.Empty(scanner.Scan("x = " + Secret, "prod.txt"));
    }

    [Fact]
    public void Path_dependent_results_stay_right_when_one_thread_alternates_paths_and_scanners()
    {
        var envOnly = new Rule { Id = "env-only", Regex = @"\b(tkn_[A-Za-z0-9]{24})\b", Keywords = new[] { "tkn_" }, Path = @"\.env$", IsBuiltIn = true };
        var envScanner = TestRules.Scanner(envOnly);
        var anyScanner = TestRules.Scanner(TestRules.Token());
        for (var i = 0; i < 3; i++)
        {
            Assert.Single(envScanner.Scan("x = " + Secret, "prod.env"));
            Assert.Empty(envScanner.Scan("x = " + Secret, "prod.txt"));
            Assert.Single(anyScanner.Scan("x = " + Secret, "prod.txt"));
            Assert.Single(envScanner.Scan("x = " + Secret, "prod.env"));
        }
    }

    [Fact]
    public void Path_only_rule_reports_the_file_itself()
    {
        var rule = new Rule { Id = "pkcs12-file", Description = "PKCS#12 file", Path = @"\.p12$", IsBuiltIn = true };
        var scanner = TestRules.Scanner(rule);
        var finding = Assert.Single(scanner.ScanPath("certs/client.p12"));
        Assert.Equal("pkcs12-file", finding.RuleId);
        Assert.Empty(scanner.ScanPath("certs/client.cer"));
    }

    [Fact]
    public void Validator_raises_confidence_for_valid_structure_and_lowers_it_for_invalid()
    {
        var rule = new Rule
        {
            Id = "gh",
            Regex = @"\b(ghp_[A-Za-z0-9]{36})\b",
            Keywords = new[] { "ghp_" },
            Validator = "github-checksum",
            Confidence = Confidence.Medium,
            IsBuiltIn = true,
        };
        var scanner = TestRules.Scanner(rule);
        var valid = TestSecrets.GitHubToken();
        var broken = valid.Substring(0, valid.Length - 1) + (valid[^1] == 'a' ? 'b' : 'a');

        var good = Assert.Single(scanner.Scan("t=" + valid, "a.txt"));
        var bad = Assert.Single(scanner.Scan("t=" + broken, "a.txt"));

        Assert.Equal(Confidence.High, good.Confidence);
        Assert.Equal(ValidationStatus.Valid, good.Validation);
        Assert.Equal(Confidence.Low, bad.Confidence);
        Assert.Equal(ValidationStatus.Invalid, bad.Validation);

        var strict = new SecretScanner(new RuleCatalog(new[] { rule }), new ScannerOptions { MinimumConfidence = Confidence.Medium });
        Assert.Empty(strict.Scan("t=" + broken, "a.txt"));
    }

    [Fact]
    public void Secret_group_zero_uses_the_only_capture_group_like_gitleaks()
    {
        var oneGroup = new Rule { Id = "one", Regex = @"key=(tkn_[A-Za-z0-9]{24})", Keywords = new[] { "key=" }, IsBuiltIn = true };
        var noGroup = new Rule { Id = "none", Regex = @"key=tkn_[A-Za-z0-9]{24}", Keywords = new[] { "key=" }, IsBuiltIn = true };
        var explicitGroup = new Rule { Id = "explicit", Regex = @"(key)=(tkn_[A-Za-z0-9]{24})", SecretGroup = 2, Keywords = new[] { "key=" }, IsBuiltIn = true };

        Assert.Equal(Secret, Assert.Single(TestRules.Scanner(oneGroup).Scan("key=" + Secret, "a")).Secret);
        Assert.Equal("key=" + Secret, Assert.Single(TestRules.Scanner(noGroup).Scan("key=" + Secret, "a")).Secret);
        Assert.Equal(Secret, Assert.Single(TestRules.Scanner(explicitGroup).Scan("key=" + Secret, "a")).Secret);
    }

    [Fact]
    public void Multi_line_rule_matches_within_its_window()
    {
        var rule = new Rule
        {
            Id = "block",
            Regex = @"BEGIN SECRET\r?\n([A-Za-z0-9\r\n]{20,200}?)\r?\nEND SECRET",
            Keywords = new[] { "begin secret" },
            WindowLines = 10,
            IsBuiltIn = true,
        };
        var body = TestSecrets.Random(30, 1) + "\n" + TestSecrets.Random(30, 2);
        var finding = Assert.Single(TestRules.Scanner(rule).Scan("x\nBEGIN SECRET\n" + body + "\nEND SECRET\n", "k.txt"));
        Assert.Equal(3, finding.Line);
        Assert.Equal(4, finding.EndLine);
    }

    [Fact]
    public void Secrets_in_a_huge_single_line_are_found_near_their_keyword()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var filler = new string('a', 2_000_000);
        var text = filler + " " + Secret + " " + filler + " tkn_" + TestSecrets.Random(24, 77) + " " + filler;
        var findings = scanner.Scan(text, "bundle.min.js");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(1, f.Line));
    }

    [Fact]
    public void A_secret_straddling_the_first_hits_reach_on_a_long_line_is_still_found()
    {
        // The first hit's window on a long line reaches 4096 characters; the token starts just before that
        // and must extend the window rather than be cut by it.
        var scanner = TestRules.Scanner(TestRules.Token());
        var text = "tkn_x" + new string(' ', 4081) + Secret + new string(' ', 5000);
        var finding = Assert.Single(scanner.Scan(text, "bundle.min.js"));
        Assert.Equal(Secret, finding.Secret);
    }

    [Fact]
    public void Many_keyword_hits_on_one_huge_line_scan_in_linear_time()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var text = string.Concat(Enumerable.Repeat("tkn_ ", 400_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(scanner.Scan(text, "bundle.min.js"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Rules_without_keywords_run_on_every_text()
    {
        var rule = new Rule { Id = "always", Regex = @"\b(zz[0-9]{10})\b", IsBuiltIn = true };
        Assert.Single(TestRules.Scanner(rule).Scan("v = zz0123498765", "a"));
    }

    [Fact]
    public void Pathological_user_regex_does_not_hang_a_scan()
    {
        var rule = new Rule { Id = "evil", Regex = @"(a+)+$", Keywords = new[] { "a" }, IsBuiltIn = false };
        var scanner = new SecretScanner(new RuleCatalog(new[] { rule }), new ScannerOptions { UserRegexTimeout = TimeSpan.FromMilliseconds(200) });
        var text = new string('a', 50_000) + "!";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        scanner.Scan(text, "a.txt");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_rule_keeps_finding_secrets_after_it_switches_to_a_compiled_regex()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        for (var i = 0; i < CompiledRule.CompileAfterWindows * 3; i++)
        {
            var secret = "tkn_" + TestSecrets.Random(24, 1000 + i);
            Assert.Equal(secret, Assert.Single(scanner.Scan("x = " + secret, "a.txt")).Secret);
        }
    }

    [Fact]
    public void Scanner_is_safe_to_share_across_threads()
    {
        var scanner = TestRules.Scanner(TestRules.Token());
        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = scanner.Scan($"a\nx = tkn_{TestSecrets.Random(24, i)}\n", $"f{i}.txt").Count);
        Assert.All(counts, c => Assert.Equal(1, c));
    }

    [Fact]
    public void Duplicate_rule_ids_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RuleCatalog(new[] { TestRules.Token(), TestRules.Token() }));
    }
}

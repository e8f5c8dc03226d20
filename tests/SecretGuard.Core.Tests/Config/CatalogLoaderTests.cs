using System.Diagnostics;
using SecretGuard.Core.Config;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Tests.Config;

public class CatalogLoaderTests
{
    private const string AcmeRule = """
        [[rules]]
        id = "acme-key"
        description = "Acme API key"
        regex = '''\b(acme_[[:alnum:]]{32})\b'''
        keywords = ["acme_"]
        """;

    private static string AcmeKey() => "acme_" + ExampleTemplate.Expand("{{alnum:32}}", Random.Shared);

    private static RuleCatalog Load(string toml, RuleCatalog? baseCatalog = null) => CatalogLoader.FromToml(toml, ".secretguard.toml", baseCatalog);

    private static RuleCatalog SmallBase() => new(
        new[]
        {
            new Rule { Id = "base-one", Regex = @"\b(one_[a-z]{8})\b", Keywords = new[] { "one_" }, IsBuiltIn = true, Tags = new[] { "base" } },
            new Rule { Id = "base-two", Regex = @"\b(two_[a-z]{8})\b", Keywords = new[] { "two_" }, IsBuiltIn = true },
        },
        new[] { new RuleAllowlist { Description = "base global", Paths = new[] { @"^vendor/" } } });

    [Fact]
    public void ConfigWithNoRulesAndNoExtendMeansBuiltInPlusItsAllowlists()
    {
        var catalog = Load("""
            title = "only allowlists"
            [allowlist]
            paths = ['''^fixtures/''']
            """);

        Assert.Equal(RuleCatalog.BuiltIn.Rules.Count, catalog.Rules.Count);
        Assert.Equal(RuleCatalog.BuiltIn.GlobalAllowlists.Count + 1, catalog.GlobalAllowlists.Count);
        Assert.True(new SecretScanner(catalog).IsPathAllowed("fixtures/a.txt"));
    }

    [Fact]
    public void EmptyConfigIsTheBuiltInCatalog()
    {
        var catalog = Load("# nothing here\n");

        Assert.Equal(RuleCatalog.BuiltIn.Rules.Select(r => r.Id), catalog.Rules.Select(r => r.Id));
    }

    [Fact]
    public void ConfigWithRulesAndNoExtendHasOnlyThoseRules()
    {
        var catalog = Load(AcmeRule);

        var rule = Assert.Single(catalog.Rules);
        Assert.Equal("acme-key", rule.Id);
        Assert.False(rule.IsBuiltIn);
        Assert.Empty(catalog.GlobalAllowlists);
    }

    [Fact]
    public void UseDefaultAddsRulesToTheBuiltInCatalog()
    {
        var catalog = Load("[extend]\nuseDefault = true\n" + AcmeRule);

        Assert.Equal(RuleCatalog.BuiltIn.Rules.Count + 1, catalog.Rules.Count);
        Assert.NotNull(catalog.Find("github-pat"));
        Assert.Equal("acme-key", catalog.Rules[^1].Id);
        Assert.Equal(RuleCatalog.BuiltIn.GlobalAllowlists.Count, catalog.GlobalAllowlists.Count);
    }

    [Fact]
    public void UseDefaultExtendsTheGivenBaseCatalog()
    {
        var catalog = Load("[extend]\nuseDefault = true\n" + AcmeRule, SmallBase());

        Assert.Equal(new[] { "base-one", "base-two", "acme-key" }, catalog.Rules.Select(r => r.Id));
        Assert.Equal("base global", Assert.Single(catalog.GlobalAllowlists).Description);
    }

    [Fact]
    public void DisabledRulesAreRemovedFromTheBase()
    {
        var catalog = Load("""
            [extend]
            useDefault = true
            disabledRules = ["base-two", "no-such-rule"]
            """, SmallBase());

        Assert.Equal(new[] { "base-one" }, catalog.Rules.Select(r => r.Id));
    }

    [Fact]
    public void DisabledRulesWithoutUseDefaultStillDisableBuiltInRules()
    {
        var catalog = Load("[extend]\ndisabledRules = [\"github-pat\"]\n");

        Assert.Null(catalog.Find("github-pat"));
        Assert.NotNull(catalog.Find("github-oauth"));
    }

    [Fact]
    public void RuleWithBaseIdIsMergedIntoTheBaseRule()
    {
        var catalog = Load("""
            [extend]
            useDefault = true
            [[rules]]
            id = "base-one"
            description = "Overridden"
            regex = '''\b(one_[a-z]{10})\b'''
            keywords = ["uno_"]
            tags = ["mine"]
            severity = "warning"
            """, SmallBase());

        Assert.Equal(2, catalog.Rules.Count);
        var rule = catalog.Rules[0];
        Assert.Equal("base-one", rule.Id);
        Assert.Equal("Overridden", rule.Description);
        Assert.Equal(@"\b(one_[a-z]{10})\b", rule.Regex);
        Assert.Equal(new[] { "one_", "uno_" }, rule.Keywords);
        Assert.Equal(new[] { "base", "mine" }, rule.Tags);
        Assert.Equal(Severity.Warning, rule.Severity);
        Assert.False(rule.IsBuiltIn);
    }

    [Fact]
    public void RuleWithBaseIdMayOnlyAddAnAllowlist()
    {
        var catalog = Load("""
            [extend]
            useDefault = true
            [[rules]]
            id = "base-two"
            [[rules.allowlists]]
            regexes = ['''two_test''']
            """, SmallBase());

        var rule = catalog.Find("base-two")!;
        Assert.Equal(@"\b(two_[a-z]{8})\b", rule.Regex);
        Assert.Single(rule.Allowlists);
        Assert.False(rule.IsBuiltIn);
        Assert.Empty(new SecretScanner(catalog).Scan("x = two_testabcd", "a.txt"));
        Assert.Single(new SecretScanner(catalog).Scan("x = two_qwertyui", "a.txt"));
    }

    [Fact]
    public void RuleOverridingOnlySeverityStaysBuiltIn()
    {
        var catalog = Load("[extend]\nuseDefault = true\n[[rules]]\nid = \"base-one\"\nseverity = \"note\"\n", SmallBase());

        Assert.True(catalog.Rules[0].IsBuiltIn);
        Assert.Equal(Severity.Note, catalog.Rules[0].Severity);
    }

    [Fact]
    public void LaterRuleWithSameIdReplacesEarlierOneAsInGitleaks()
    {
        var catalog = Load(AcmeRule + "\n" + AcmeRule.Replace("Acme API key", "Second"));

        Assert.Equal("Second", Assert.Single(catalog.Rules).Description);
    }

    [Fact]
    public void ReadsOldStyleRuleAllowlist()
    {
        var catalog = Load(AcmeRule + """

            [rules.allowlist]
            description = "test fixtures"
            paths = ['''(?:^|/)testdata/''']
            stopwords = ["example"]
            """);

        var allowlist = Assert.Single(catalog.Rules[0].Allowlists);
        Assert.Equal("test fixtures", allowlist.Description);
        Assert.Equal(new[] { "(?:^|/)testdata/" }, allowlist.Paths);
        Assert.Equal(new[] { "example" }, allowlist.StopWords);
        Assert.False(allowlist.RequireAll);
    }

    [Fact]
    public void ReadsNewStyleRuleAllowlistsWithConditionAndTarget()
    {
        var catalog = Load(AcmeRule + """

            [[rules.allowlists]]
            condition = "AND"
            paths = ['''\.md$''']
            regexes = ['''(?i)sample''']
            regexTarget = "line"
            [[rules.allowlists]]
            commits = ["abc123"]
            regexTarget = "match"
            regexes = ['''x''']
            """);

        var allowlists = catalog.Rules[0].Allowlists;
        Assert.Equal(2, allowlists.Count);
        Assert.True(allowlists[0].RequireAll);
        Assert.Equal(AllowlistRegexTarget.Line, allowlists[0].RegexTarget);
        Assert.Equal(AllowlistRegexTarget.Match, allowlists[1].RegexTarget);
        Assert.Equal(new[] { "abc123" }, allowlists[1].Commits);
    }

    [Fact]
    public void RuleAllowlistSuppressesFindingOnlyWhenAllConditionsHoldWithAnd()
    {
        var catalog = Load(AcmeRule + """

            [[rules.allowlists]]
            condition = "AND"
            paths = ['''\.md$''']
            regexes = ['''(?i)sample''']
            regexTarget = "line"
            """);
        var scanner = new SecretScanner(catalog);
        var key = AcmeKey();

        Assert.Empty(scanner.Scan("sample: " + key, "docs/readme.md"));
        Assert.Single(scanner.Scan("sample: " + key, "src/app.cs"));
        Assert.Single(scanner.Scan("token: " + key, "docs/readme.md"));
    }

    [Fact]
    public void BothAllowlistStylesInOneRuleIsAnError()
    {
        var error = Assert.Throws<ConfigException>(() => Load(AcmeRule + "\n[rules.allowlist]\npaths=['a']\n[[rules.allowlists]]\npaths=['b']\n"));

        Assert.Contains("acme-key", error.Message);
        Assert.Contains("cannot be used alongside", error.Message);
    }

    [Fact]
    public void ReadsGlobalAllowlistsInBothStyles()
    {
        var old = Load(AcmeRule + "\n[allowlist]\ndescription = \"g\"\nregexes = ['''^acme_0+$''']\n");
        var current = Load(AcmeRule + "\n[[allowlists]]\npaths = ['a']\n[[allowlists]]\ntargetRules = [\"acme-key\"]\nstopwords = [\"dummy\"]\n");

        Assert.Equal("g", Assert.Single(old.GlobalAllowlists).Description);
        Assert.Equal(2, current.GlobalAllowlists.Count);
        Assert.Equal(new[] { "acme-key" }, current.GlobalAllowlists[1].TargetRules);
    }

    [Fact]
    public void GlobalAllowlistTargetingUnknownRuleIsAnErrorAtItsLine()
    {
        var error = Assert.Throws<ConfigException>(() => Load(AcmeRule + "\n\n[[allowlists]]\ntargetRules = [\"nope\"]\npaths = ['a']\n"));

        Assert.Equal(7, error.Line);
        Assert.Contains("'nope'", error.Message);
    }

    [Fact]
    public void GlobalAllowlistWithTargetRulesAppliesOnlyToThoseRules()
    {
        var catalog = Load("""
            [[rules]]
            id = "one"
            regex = '''\b(one_[a-z0-9]{12})\b'''
            keywords = ["one_"]
            [[rules]]
            id = "two"
            regex = '''\b(two_[a-z0-9]{12})\b'''
            keywords = ["two_"]
            [[allowlists]]
            targetRules = ["one"]
            regexes = ['''q''']
            """);
        var findings = new SecretScanner(catalog).Scan("one_q1w2e3r4t5y6 two_q1w2e3r4t5y6", "a.txt");

        Assert.Equal("two", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void RuleWhoseIdSaysGenericYieldsToASpecificRuleAsInGitleaks()
    {
        var catalog = Load(AcmeRule + """

            [[rules]]
            id = "generic-api-key"
            regex = '''(?i)token\s*=\s*([0-9a-z_]{20,})'''
            keywords = ["token"]
            """);

        Assert.True(catalog.Find("generic-api-key")!.IsGeneric);
        Assert.False(catalog.Find("acme-key")!.IsGeneric);
        var finding = Assert.Single(new SecretScanner(catalog).Scan("token = " + AcmeKey(), "a.env"));
        Assert.Equal("acme-key", finding.RuleId);
    }

    [Fact]
    public void IgnoredKeysAreReportedAsWarningsWithPositions()
    {
        var warnings = new List<string>();

        var catalog = CatalogLoader.FromToml(
            """
            [extend]
            useDefault = true
            disabledRules = ["no-such-rule"]
            url = "https://example.invalid/base.toml"
            [[rules]]
            id = "acme-key"
            regex = '''acme_[a-z]{8}'''
            regexs = ["typo"]
            [[rules.required]]
            id = "base-one"
            """,
            "w.toml",
            SmallBase(),
            warnings.Add);

        Assert.Equal(3, catalog.Rules.Count);
        Assert.Contains(warnings, w => w.StartsWith("w.toml(4,1):", StringComparison.Ordinal) && w.Contains("url is not supported"));
        Assert.Contains(warnings, w => w.StartsWith("w.toml(8,1):", StringComparison.Ordinal) && w.Contains("unknown key 'regexs'"));
        Assert.Contains(warnings, w => w.StartsWith("w.toml(9,", StringComparison.Ordinal) && w.Contains("composite rules"));
        Assert.Contains(warnings, w => w.StartsWith("w.toml(1,", StringComparison.Ordinal) && w.Contains("'no-such-rule'"));
        Assert.Equal(4, warnings.Count);
    }

    [Fact]
    public void KnownKeysProduceNoWarnings()
    {
        var warnings = new List<string>();

        CatalogLoader.FromToml(AcmeRule + "\nseverity = \"note\"\n[[rules.allowlists]]\npaths = ['a']\n[allowlist]\nstopwords = ['x']\n", "ok.toml", null, warnings.Add);

        Assert.Empty(warnings);
    }

    [Fact]
    public void ReadsSecretGuardExtensions()
    {
        var catalog = Load(AcmeRule + """

            severity = "note"
            confidence = "low"
            validator = "jwt"
            windowLines = 3
            entropy = 3.25
            secretGroup = 1
            tags = ["acme"]
            path = '''\.env$'''
            [rules.examples]
            match = ["k = acme_{{alnum:32}}"]
            nomatch = ["k = acme_short"]
            """);

        var rule = catalog.Rules[0];
        Assert.Equal(Severity.Note, rule.Severity);
        Assert.Equal(Confidence.Low, rule.Confidence);
        Assert.Equal("jwt", rule.Validator);
        Assert.Equal(3, rule.WindowLines);
        Assert.Equal(3.25, rule.Entropy);
        Assert.Equal(1, rule.SecretGroup);
        Assert.Equal(@"\.env$", rule.Path);
        Assert.Equal(new[] { "k = acme_{{alnum:32}}" }, rule.Examples.MustMatch);
        Assert.Equal(new[] { "k = acme_short" }, rule.Examples.MustNotMatch);
    }

    [Fact]
    public void DefaultsAreErrorSeverityAndMediumConfidence()
    {
        var rule = Load(AcmeRule).Rules[0];

        Assert.Equal(Severity.Error, rule.Severity);
        Assert.Equal(Confidence.Medium, rule.Confidence);
        Assert.Null(rule.Entropy);
    }

    [Theory]
    [InlineData("severity = \"fatal\"", "severity must be")]
    [InlineData("confidence = \"certain\"", "confidence must be")]
    [InlineData("validator = \"no-such-validator\"", "unknown validator")]
    [InlineData("secretGroup = 4", "secretGroup 4")]
    [InlineData("entropy = \"high\"", "'entropy' must be a number")]
    [InlineData("tags = \"acme\"", "'tags' must be an array of strings")]
    [InlineData("windowLines = -1", "windowLines must be")]
    public void InvalidRuleFieldsAreErrorsNamingTheRule(string extraLine, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Load(AcmeRule + "\n" + extraLine + "\n"));

        Assert.Contains(reason, error.Message);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void InvalidRegexIsAnErrorNamingRuleIdAndLine()
    {
        var error = Assert.Throws<ConfigException>(() => Load("""
            [[rules]]
            id = "broken"
            regex = '''(unclosed'''
            """));

        Assert.Contains("rule 'broken'", error.Message);
        Assert.Contains("not a valid regex", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void UnsupportedGoSyntaxIsAnErrorNamingRuleId()
    {
        var error = Assert.Throws<ConfigException>(() => Load("[[rules]]\nid = \"lazy\"\nregex = '''(?U)a+'''\n"));

        Assert.Contains("rule 'lazy'", error.Message);
        Assert.Contains("ungreedy", error.Message);
    }

    [Fact]
    public void InvalidAllowlistRegexIsAnError()
    {
        var error = Assert.Throws<ConfigException>(() => Load(AcmeRule + "\n[[rules.allowlists]]\nregexes = ['''[z-a]''']\n"));

        Assert.Contains("rule 'acme-key' allowlist", error.Message);
        Assert.Equal(7, error.Line);
    }

    [Theory]
    [InlineData("[[rules.allowlists]]\ncondition = \"XOR\"\npaths = ['a']", "condition must be")]
    [InlineData("[[rules.allowlists]]\nregexTarget = \"file\"\npaths = ['a']", "regexTarget must be")]
    [InlineData("[[rules.allowlists]]\ndescription = \"empty\"", "at least one of")]
    public void InvalidAllowlistsAreErrors(string allowlist, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Load(AcmeRule + "\n" + allowlist + "\n"));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void RuleWithoutRegexOrPathIsAnErrorAtItsHeader()
    {
        var error = Assert.Throws<ConfigException>(() => Load("title = \"x\"\n\n[[rules]]\nid = \"empty\"\ndescription = \"nothing\"\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("rule 'empty' needs a 'regex' or a 'path'", error.Message);
    }

    [Fact]
    public void RuleWithoutIdIsAnError()
    {
        var error = Assert.Throws<ConfigException>(() => Load("[[rules]]\nregex = 'x'\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("no 'id'", error.Message);
    }

    [Fact]
    public void ExtendPathMustBeResolvedByTheCaller()
    {
        const string toml = "[extend]\npath = \"../shared/gitleaks.toml\"\n" + AcmeRule;

        Assert.Equal("../shared/gitleaks.toml", CatalogLoader.ReadExtendPath(toml, "x.toml"));
        var error = Assert.Throws<ConfigException>(() => Load(toml));
        Assert.Contains("must be loaded by the caller", error.Message);
        Assert.Equal(new[] { "base-one", "base-two", "acme-key" }, Load(toml, SmallBase()).Rules.Select(r => r.Id));
    }

    [Fact]
    public void ExtendWithBothUseDefaultAndPathIsAnError()
    {
        var error = Assert.Throws<ConfigException>(() => Load("[extend]\nuseDefault = true\npath = \"x.toml\"\n"));

        Assert.Contains("both useDefault and path", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void TomlSyntaxErrorsCarryTheSourceName()
    {
        var error = Assert.Throws<ConfigException>(() => CatalogLoader.FromToml("[[rules]\n", "my.toml"));

        Assert.StartsWith("my.toml(1,", error.Message);
    }

    [Fact]
    public void UserRuleWithGoNamedGroupAndPosixClassFindsSecret()
    {
        var catalog = Load("""
            [[rules]]
            id = "acme-named"
            regex = '''acme_key\s*=\s*(?P<secret>[[:alnum:]]{32})'''
            secretGroup = 1
            keywords = ["acme_key"]
            """);
        var secret = ExampleTemplate.Expand("{{alnum:32}}", Random.Shared);

        var finding = Assert.Single(new SecretScanner(catalog).Scan("acme_key = " + secret + "\n", "settings.ini"));

        Assert.Equal("acme-named", finding.RuleId);
        Assert.Equal(secret, finding.Secret);
        Assert.Equal(12, finding.Column);
    }

    [Fact]
    public void PathOnlyUserRuleReportsTheFile()
    {
        var catalog = Load("[[rules]]\nid = \"keystore-file\"\npath = '''(?i)\\.p12$'''\n");

        var finding = Assert.Single(new SecretScanner(catalog).ScanPath("certs/server.P12"));
        Assert.Equal("keystore-file", finding.RuleId);
    }

    [Fact]
    public void PathologicalUserRegexFinishesQuicklyWhenScanning()
    {
        var catalog = Load("[[rules]]\nid = \"evil\"\nregex = '''(a+)+$'''\nkeywords = [\"a\"]\n");
        var scanner = new SecretScanner(catalog, new ScannerOptions { UserRegexTimeout = TimeSpan.FromMilliseconds(200) });
        var text = new string('a', 50_000) + "!";

        var watch = Stopwatch.StartNew();
        var findings = scanner.Scan(text, "evil.txt");
        watch.Stop();

        Assert.False(catalog.Rules[0].IsBuiltIn);
        Assert.Empty(findings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"scan took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void LoadsRepresentativeGitleaksConfigUnchanged()
    {
        // The shape of gitleaks' own default config (config/gitleaks.toml), assembled from typical pieces.
        var toml = string.Join("\n",
            "# This file has been auto-generated. Do not edit manually.",
            "title = \"gitleaks config\"",
            "",
            "[allowlist]",
            "description = \"global allow lists\"",
            "regexes = [",
            "  '''^(?:[a-z0-9_-]+\\.)*example\\.com$''',",
            "  '''(?i)^true|false|null$''',",
            "]",
            "paths = [",
            "    '''gitleaks\\.toml''',",
            "    '''(?i)\\.(?:bmp|gif|jpe?g|png|svg|tiff?)$''',",
            "    '''(?:^|/)node_modules(?:/.*)?$''',",
            "]",
            "stopwords = [",
            "    \"abcdefghijklmnopqrstuvwxyz\",",
            "    \"014df517-39d1-4453-b7b3-9930c563627c\",",
            "]",
            "",
            "[[rules]]",
            "id = \"vendor-api-key\"",
            "description = \"Identified a Vendor API Key, risking unauthorized access.\"",
            "regex = '''(?i)[\\w.-]{0,50}?(?:vendor)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9_-]{32})(?:[\\x60'\"\\s;]|\\\\[nr]|$)'''",
            "entropy = 3",
            "keywords = [\"vendor\"]",
            "",
            "[[rules]]",
            "id = \"generic-api-key\"",
            "description = \"Detected a Generic API Key, potentially exposing access to various services and sensitive operations.\"",
            "regex = '''(?i)[\\w.-]{0,50}?(?:access|auth|(?-i:[Aa]pi|API)|credential|creds|key|passw(?:or)?d|secret|token)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([\\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})(?:[\\x60'\"\\s;]|\\\\[nr]|$)'''",
            "entropy = 3.5",
            "keywords = [",
            "    \"access\",",
            "    \"api\",",
            "    \"key\",",
            "]",
            "[[rules.allowlists]]",
            "regexTarget = \"line\"",
            "regexes = ['''--mount=type=secret,''']",
            "[[rules.allowlists]]",
            "condition = \"AND\"",
            "paths = ['''(?i)\\.bb$''']",
            "regexes = ['''(?i)SRC_URI''']",
            "regexTarget = \"line\"",
            "",
            "[[rules]]",
            "id = \"pkcs12-file\"",
            "description = \"Found a PKCS #12 file, which commonly contain bundled private keys.\"",
            "path = '''(?i)(?:^|\\/)[^\\/]+\\.p(?:12|fx)$'''",
            "",
            "[[rules]]",
            "id = \"private-key\"",
            "description = \"Identified a Private Key, which may compromise cryptographic security and sensitive data encryption.\"",
            "regex = '''(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]{64,}?KEY(?: BLOCK)?-----'''",
            "keywords = [\"-----begin\"]",
            "");

        var catalog = Load(toml);

        Assert.Equal(new[] { "vendor-api-key", "generic-api-key", "pkcs12-file", "private-key" }, catalog.Rules.Select(r => r.Id));
        Assert.Single(catalog.GlobalAllowlists);
        Assert.Equal(2, catalog.Find("generic-api-key")!.Allowlists.Count);
        Assert.Equal(3.0, catalog.Find("vendor-api-key")!.Entropy);
        Assert.All(catalog.Rules, rule => Assert.False(rule.IsBuiltIn));

        var scanner = new SecretScanner(catalog);
        var secret = ExampleTemplate.Expand("{{chars:abcdefghijklmnopqrstuvwxyz0123456789:32}}", Random.Shared);
        var finding = Assert.Single(scanner.Scan("vendor_key = \"" + secret + "\"\n", "app/settings.py"));
        Assert.Equal("vendor-api-key", finding.RuleId);
        Assert.Equal(secret, finding.Secret);
        Assert.Empty(scanner.Scan("vendor_key = \"" + secret + "\"\n", "web/node_modules/x/index.js"));
        Assert.Single(scanner.ScanPath("keys/client.pfx"));
    }
}

using System.CodeDom.Compiler;
using System.Reflection;
using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Config;

public class BuiltInCatalogGenerationTests
{
    [Theory]
    [InlineData("github-pat")]
    [InlineData("github-fine-grained-pat")]
    [InlineData("github-oauth")]
    [InlineData("github-app-token")]
    [InlineData("github-refresh-token")]
    public void BuiltInCatalogContainsGitHubRuleMarkedBuiltIn(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id);

        Assert.NotNull(rule);
        Assert.True(rule!.IsBuiltIn);
        Assert.NotEmpty(rule.Regex);
        Assert.NotEmpty(rule.Keywords);
        Assert.NotEmpty(rule.Examples.MustMatch);
    }

    [Fact]
    public void BuiltInCatalogIsGeneratedCodeNotAParsedResource()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var generated = assembly.GetType("SecretGuard.Core.Rules.BuiltInCatalog", throwOnError: true)!;

        var attribute = generated.GetCustomAttribute<GeneratedCodeAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal("SecretGuard.Core.CatalogGenerator", attribute!.Tool);
        Assert.Empty(assembly.GetManifestResourceNames());
    }

    [Theory]
    [InlineData("CreateRules")]
    [InlineData("CreateGlobalAllowlists")]
    public void GeneratedFactoryOnlyDecodesItsDataConstant(string methodName)
    {
        var type = typeof(RuleCatalog).Assembly.GetType("SecretGuard.Core.Rules.BuiltInCatalog", throwOnError: true)!;
        var method = type.GetMethod(methodName, BindingFlags.Static | BindingFlags.NonPublic)!;

        var called = IlCalls.CalledMethods(method).ToList();

        var decode = Assert.Single(called);
        Assert.Equal(typeof(CatalogData), decode.DeclaringType);
    }

    [Fact]
    public void CatalogDecoderCallsNothingInTheConfigNamespace()
    {
        const BindingFlags Declared = BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var methods = typeof(CatalogData).GetMethods(Declared).Concat(typeof(CatalogData).GetNestedTypes(BindingFlags.NonPublic).SelectMany(t => t.GetMethods(Declared))).ToList();

        var called = methods.SelectMany(IlCalls.CalledMethods).ToList();

        Assert.Contains(called, m => m.DeclaringType == typeof(Rule));
        Assert.Contains(called, m => m.DeclaringType == typeof(RuleAllowlist));
        Assert.DoesNotContain(called, m => m.DeclaringType!.Namespace!.StartsWith("SecretGuard.Core.Config", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5:alpha")]
    [InlineData("x:alpha")]
    [InlineData("99:too short")]
    [InlineData("5:alpha5:alpha")]
    public void CorruptCatalogDataIsAFormatError(string data)
    {
        Assert.Throws<FormatException>(() => CatalogData.ReadRules(data));
    }

    [Fact]
    public void BuiltInGlobalAllowlistsTargetOnlyExistingRules()
    {
        foreach (var allowlist in RuleCatalog.BuiltIn.GlobalAllowlists)
        {
            foreach (var target in allowlist.TargetRules)
            {
                Assert.True(RuleCatalog.BuiltIn.Find(target) != null, $"global allowlist '{allowlist.Description}' targets unknown rule '{target}'");
            }
        }
    }

    [Fact]
    public void BuiltInCatalogCarriesGlobalPathAllowlists()
    {
        var scanner = new SecretScanner(RuleCatalog.BuiltIn);

        Assert.True(scanner.IsPathAllowed("web/node_modules/left-pad/index.js"));
        Assert.True(scanner.IsPathAllowed("docs/logo.PNG"));
        Assert.False(scanner.IsPathAllowed("src/appsettings.json"));
    }

    [Theory]
    [InlineData("ghp_", "github-pat")]
    [InlineData("gho_", "github-oauth")]
    [InlineData("ghu_", "github-app-token")]
    [InlineData("ghs_", "github-app-token")]
    [InlineData("ghr_", "github-refresh-token")]
    public void DefaultScannerFindsGeneratedGitHubToken(string prefix, string expectedRule)
    {
        var token = PrefixedCrc32TokenValidator.AppendChecksum(prefix, RandomBase62(30));

        var findings = SecretScanner.Default.Scan("token = \"" + token + "\"\n", "config.txt");

        var finding = Assert.Single(findings);
        Assert.Equal(expectedRule, finding.RuleId);
        Assert.Equal(Confidence.High, finding.Confidence);
    }

    private static string RandomBase62(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Base62.Alphabet[Random.Shared.Next(Base62.Alphabet.Length)];
        }

        return new string(chars);
    }
}

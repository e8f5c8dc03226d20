using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Tests;

/// <summary>
/// <see cref="AnalysisSettings"/> looks each tree's options up once per compilation and shares that work between the
/// analyzers of one compilation; these pin that the caching never hands a tree another tree's (or host's) options.
/// </summary>
public class AnalysisSettingsTests
{
    private readonly SyntaxTree first = CSharpSyntaxTree.ParseText("class A { }", path: "/src/A.cs");
    private readonly SyntaxTree second = CSharpSyntaxTree.ParseText("class B { }", path: "/src/B.cs");

    private CSharpCompilation Compilation => CSharpCompilation.Create("Settings", [first, second]);

    [Fact]
    public void EachTree_GetsItsOwnOptions_EveryTimeItAsks()
    {
        var settings = AnalysisSettings.Create(Compilation, Options(("alpha", null)));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["alpha"], settings.For(first).ExtraSecretNameWords);
            Assert.Empty(settings.For(second).ExtraSecretNameWords);
        }
    }

    [Fact]
    public void AnalyzersOfOneCompilation_ShareTheSettings()
    {
        var compilation = Compilation;
        var options = Options(("alpha", "beta"));

        Assert.Same(AnalysisSettings.Create(compilation, options), AnalysisSettings.Create(compilation, options));
        Assert.NotSame(AnalysisSettings.Create(compilation, options), AnalysisSettings.Create(Compilation, options));
    }

    [Fact]
    public void AnotherOptionsProvider_ForTheSameCompilation_GetsSettingsOfItsOwn_SharedFromThenOn()
    {
        var compilation = Compilation;
        var before = AnalysisSettings.Create(compilation, Options(("alpha", null)));
        Assert.Equal(["alpha"], before.For(first).ExtraSecretNameWords);

        var gamma = Options(("gamma", null));
        var after = AnalysisSettings.Create(compilation, gamma);

        Assert.NotSame(before, after);
        Assert.Equal(["gamma"], after.For(first).ExtraSecretNameWords);
        Assert.Same(after, AnalysisSettings.Create(compilation, gamma));
        Assert.Equal(["alpha"], before.For(first).ExtraSecretNameWords);
    }

    private AnalyzerOptions Options((string? First, string? Second) words)
        => new(ImmutableArray<AdditionalText>.Empty, new PerTreeProvider(new Dictionary<SyntaxTree, AnalyzerConfigOptions>
        {
            [first] = new WordOptions(words.First),
            [second] = new WordOptions(words.Second),
        }));

    /// <summary>Like the compiler's provider: every tree its own options instance.</summary>
    private sealed class PerTreeProvider(Dictionary<SyntaxTree, AnalyzerConfigOptions> byTree) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new WordOptions(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => byTree[tree];

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class WordOptions(string? words) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "secretguard.secret_name_words" ? words : null;
            return value != null;
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// Editor-config options as the compiler hands them out: every syntax tree gets an <see cref="AnalyzerConfigOptions"/>
/// instance of its own (SecretGuard caches its parsed options per instance), all empty, and empty global options.
/// </summary>
internal sealed class PerTreeOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptions> trees;
    private readonly AnalyzerConfigOptions additionalFiles = new EmptyOptions();

    public PerTreeOptionsProvider(IEnumerable<SyntaxTree> trees)
    {
        this.trees = trees.ToDictionary(tree => tree, AnalyzerConfigOptions (_) => new EmptyOptions());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new EmptyOptions();

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => trees[tree];

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => additionalFiles;

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => [];

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretGuard.Core.Tests.Config;

/// <summary>An <see cref="AdditionalText"/> held in memory, for driving the catalog generator in tests.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

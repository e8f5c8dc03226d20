using Microsoft.CodeAnalysis.Testing;

namespace SecretGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reference assemblies for test compilations: NuGet's ReferenceAssemblies download fails here, so tests use
/// an empty "net10.0-local" set plus Basic.Reference.Assemblies.Net100 (ARCHITECTURE.md).
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0-local");

    public static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
    }
}

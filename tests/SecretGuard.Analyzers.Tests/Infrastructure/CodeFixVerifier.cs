using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SecretGuard.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer plus a code fix: diagnostics on the source, the fixed source, and fix-all.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null, int? iterations = null)
    {
        var test = Create(source, fixedSource, equivalenceKey);
        if (iterations is int count)
        {
            test.NumberOfFixAllIterations = count;
            test.NumberOfIncrementalIterations = count;
        }

        return test.RunAsync();
    }

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        TestReferences.Apply(test.TestState);
        return test;
    }
}

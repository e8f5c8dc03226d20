using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretGuard.Analyzers.Options;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// What one compilation needs to decide whether and how to report: the options provider, whether the
    /// project is a test project, and the severity policy (rule confidence, per-rule overrides, test cap).
    /// Built once per compilation, in the first compilation-start action that asks, and shared by the analyzers.
    /// </summary>
    internal sealed class AnalysisSettings
    {
        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core",
        };

        private static readonly ConditionalWeakTable<Compilation, StrongBox<AnalysisSettings?>> LatestByCompilation = new ConditionalWeakTable<Compilation, StrongBox<AnalysisSettings?>>();

        private readonly AnalyzerConfigOptionsProvider provider;

        // Each tree's options, looked up once per compilation: the compiler's per-tree lookup and the options cache cost
        // more than the check that follows, and every literal asks.
        private readonly ConcurrentDictionary<SyntaxTree, SecretGuardOptions> treeOptions = new ConcurrentDictionary<SyntaxTree, SecretGuardOptions>(TreeIdentity.Instance);

        // Decided on first need (a finding in a project that sets secretguard.test_project_severity), not per build.
        private readonly Lazy<bool> compilationIsTestProject;

        private AnalysisSettings(AnalyzerConfigOptionsProvider provider, Compilation compilation)
        {
            this.provider = provider;
            compilationIsTestProject = new Lazy<bool>(() => DetectTestProject(compilation, provider.GlobalOptions));
        }

        /// <summary>
        /// The settings for <paramref name="compilation"/> and <paramref name="options"/>, shared by the analyzers
        /// that start on them (so each tree's options are looked up once per compilation, not once per analyzer). A
        /// host that analyzes one compilation with other options gets settings of its own; it is never answered from
        /// another provider's.
        /// </summary>
        public static AnalysisSettings Create(Compilation compilation, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var latest = LatestByCompilation.GetOrCreateValue(compilation);
            var known = Volatile.Read(ref latest.Value);
            if (known != null && ReferenceEquals(known.provider, provider))
            {
                return known;
            }

            // Analyzers start concurrently: the first to publish wins, the others use its settings.
            var created = new AnalysisSettings(provider, compilation);
            var raced = Interlocked.CompareExchange(ref latest.Value, created, known);
            return raced != known && raced != null && ReferenceEquals(raced.provider, provider) ? raced : created;
        }

        public SecretGuardOptions For(SyntaxTree tree)
        {
            if (!treeOptions.TryGetValue(tree, out var options))
            {
                options = SecretGuardOptions.For(provider.GetOptions(tree));
                treeOptions.TryAdd(tree, options);
            }

            return options;
        }

        public SecretGuardOptions For(AdditionalText file) => SecretGuardOptions.For(provider.GetOptions(file));

        /// <summary>The severity for a catalog finding, or null when options say not to report it.</summary>
        public DiagnosticSeverity? SeverityForFinding(SecretGuardOptions options, Finding finding)
        {
            DiagnosticSeverity severity;
            var ruleOverride = options.GetRuleSeverity(finding.RuleId);
            if (ruleOverride.IsSet)
            {
                if (ruleOverride.Severity is not DiagnosticSeverity chosen)
                {
                    return null;
                }

                severity = chosen;
            }
            else if (finding.Severity == Severity.Note)
            {
                severity = DiagnosticSeverity.Info;
            }
            else
            {
                severity = finding.Confidence == Confidence.High ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            }

            return ApplyTestProjectCap(options, severity);
        }

        /// <summary>The severity for a heuristic diagnostic (SG0002, SG0003), after the test-project cap.</summary>
        public DiagnosticSeverity? SeverityForHeuristic(SecretGuardOptions options, DiagnosticDescriptor descriptor)
            => ApplyTestProjectCap(options, descriptor.DefaultSeverity);

        private DiagnosticSeverity? ApplyTestProjectCap(SecretGuardOptions options, DiagnosticSeverity severity)
        {
            if (!options.HasTestProjectSeverity || !(options.ForcedIsTestProject ?? compilationIsTestProject.Value))
            {
                return severity;
            }

            return options.TestProjectSeverity is DiagnosticSeverity cap ? SeverityOption.Min(severity, cap) : null;
        }

        private static bool DetectTestProject(Compilation compilation, AnalyzerConfigOptions global)
        {
            if (global.TryGetValue(OptionKeys.BuildPropertyIsTestProject, out var value) && bool.TryParse(value.Trim(), out var isTest))
            {
                return isTest;
            }

            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                foreach (var framework in TestFrameworkAssemblies)
                {
                    if (string.Equals(reference.Name, framework, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Trees by identity (a tree does not define equality; this says so, and skips the virtual calls).</summary>
        private sealed class TreeIdentity : IEqualityComparer<SyntaxTree>
        {
            public static readonly TreeIdentity Instance = new TreeIdentity();

            public bool Equals(SyntaxTree? x, SyntaxTree? y) => ReferenceEquals(x, y);

            public int GetHashCode(SyntaxTree tree) => RuntimeHelpers.GetHashCode(tree);
        }
    }
}

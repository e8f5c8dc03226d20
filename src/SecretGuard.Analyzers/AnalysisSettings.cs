using System;
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
    /// Built once per compilation in a compilation-start action.
    /// </summary>
    internal sealed class AnalysisSettings
    {
        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core",
        };

        private static int lastId;

        // The options of the tree each thread looked at last: a tree's literals come one after another, and the
        // compiler's per-tree lookup plus the options cache cost more than the check that follows. Only the tree is
        // referenced (weakly) and this settings object by number, so a thread keeps no compilation alive.
        [ThreadStatic]
        private static LastTree? lastTree;

        private readonly int id = System.Threading.Interlocked.Increment(ref lastId);
        private readonly AnalyzerConfigOptionsProvider provider;

        // Decided on first need (a finding in a project that sets secretguard.test_project_severity), not per build.
        private readonly Lazy<bool> compilationIsTestProject;

        private AnalysisSettings(AnalyzerConfigOptionsProvider provider, Compilation compilation)
        {
            this.provider = provider;
            compilationIsTestProject = new Lazy<bool>(() => DetectTestProject(compilation, provider.GlobalOptions));
        }

        public static AnalysisSettings Create(Compilation compilation, AnalyzerOptions options)
            => new AnalysisSettings(options.AnalyzerConfigOptionsProvider, compilation);

        public SecretGuardOptions For(SyntaxTree tree)
        {
            var last = lastTree ??= new LastTree();
            if (last.SettingsId == id && last.Tree.TryGetTarget(out var known) && ReferenceEquals(known, tree))
            {
                return last.Options!;
            }

            var options = SecretGuardOptions.For(provider.GetOptions(tree));
            last.SettingsId = id;
            last.Tree.SetTarget(tree);
            last.Options = options;
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

        // Fields, not properties: each accessor would be one more method to JIT per compiler process.
        private sealed class LastTree
        {
            public readonly WeakReference<SyntaxTree?> Tree = new WeakReference<SyntaxTree?>(null);
            public int SettingsId;
            public SecretGuardOptions? Options;
        }
    }
}

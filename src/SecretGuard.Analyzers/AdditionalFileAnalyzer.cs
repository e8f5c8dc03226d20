using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// SG0004: a configuration file passed to the compiler as an <c>AdditionalFiles</c> item (appsettings*.json,
    /// *.config, .env, *.yml/*.yaml, *.xml, *.ini, *.properties, *.toml) contains a catalog secret. The text comes
    /// from <see cref="AdditionalText"/> (no file I/O); the diagnostic points at the secret inside the file. A file
    /// whose unchanged text was found clean earlier in this process is not scanned again (<see cref="CleanAdditionalFiles"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AdditionalFileAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] Extensions = { ".json", ".config", ".env", ".yml", ".yaml", ".xml", ".ini", ".properties", ".toml" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AdditionalFileSecret);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var settings = AnalysisSettings.Create(start.Compilation, start.Options);
                start.RegisterAdditionalFileAction(file => Analyze(file, settings));
            });
        }

        /// <summary>True for the file kinds SG0004 scans (by name; <c>.env</c>, <c>.env.local</c> and <c>app.env</c> included).</summary>
        public static bool IsScanned(string path)
        {
            var name = Path.GetFileName(path);
            if (name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var extension in Extensions)
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Analyze(AdditionalFileAnalysisContext context, AnalysisSettings settings)
        {
            var file = context.AdditionalFile;
            if (!IsScanned(file.Path))
            {
                return;
            }

            var options = settings.For(file);
            if (options.IsExcluded(file.Path))
            {
                return;
            }

            var text = file.GetText(context.CancellationToken);
            if (text is null || text.Length == 0)
            {
                return;
            }

            var content = text.ToString();
            if (CleanAdditionalFiles.IsKnownClean(file.Path, content))
            {
                return;
            }

            var findings = CatalogScanner.ScanFile(content, file.Path);
            if (findings.Count == 0)
            {
                CleanAdditionalFiles.Remember(file.Path, content);
                return;
            }

            CleanAdditionalFiles.Forget(file.Path);
            foreach (var finding in findings)
            {
                if (settings.SeverityForFinding(options, finding) is not DiagnosticSeverity severity)
                {
                    continue;
                }

                var span = new TextSpan(Math.Min(finding.StartIndex, text.Length), Math.Max(0, Math.Min(finding.Length, text.Length - finding.StartIndex)));
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CatalogMatchAnalyzer.RuleIdProperty, finding.RuleId);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AdditionalFileSecret, location, severity, additionalLocations: null, properties, finding.Description, finding.RuleId, Path.GetFileName(file.Path)));
            }
        }
    }
}

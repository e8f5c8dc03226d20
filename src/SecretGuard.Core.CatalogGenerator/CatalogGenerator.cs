using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>
    /// Compiles the <c>rules/*.toml</c> files given to SecretGuard.Core as <c>AdditionalFiles</c> into
    /// <c>BuiltInCatalog.CreateRules()</c> and <c>CreateGlobalAllowlists()</c>. Each file is parsed in its own
    /// cached step, so only a changed file is re-read; the source is re-emitted only when a result changes.
    /// Invalid TOML, invalid rules and duplicate ids are build errors (SGGEN001, SGGEN002) at the file and line.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase))
                .Select(static (file, cancellationToken) => RuleFileCompiler.Compile(file, cancellationToken))
                .WithTrackingName("RuleFiles");

            var catalog = files.Collect().WithTrackingName("Catalog");
            context.RegisterSourceOutput(catalog, static (output, results) => Emit(output, results));
        }

        private static void Emit(SourceProductionContext output, ImmutableArray<RuleFileResult> results)
        {
            var ordered = CatalogSourceBuilder.Order(results);
            foreach (var file in ordered)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    output.ReportDiagnostic(Diagnostic.Create(CatalogDiagnostics.InvalidRuleFile, ToLocation(diagnostic), diagnostic.Message));
                }
            }

            var duplicates = CatalogSourceBuilder.FindDuplicates(ordered, out var skip);
            foreach (var duplicate in duplicates)
            {
                var parts = duplicate.Message.Split('\n');
                output.ReportDiagnostic(Diagnostic.Create(CatalogDiagnostics.DuplicateRuleId, ToLocation(duplicate), parts[0], parts[1]));
            }

            output.AddSource(CatalogSourceBuilder.HintName, SourceText.From(CatalogSourceBuilder.Build(ordered, skip), System.Text.Encoding.UTF8));
        }

        private static Location ToLocation(GeneratorDiagnostic diagnostic)
        {
            var line = Math.Max(0, diagnostic.Line - 1);
            var column = Math.Max(0, diagnostic.Column - 1);
            var position = new LinePosition(line, column);
            return Location.Create(diagnostic.Path, new TextSpan(0, 0), new LinePositionSpan(position, position));
        }
    }
}

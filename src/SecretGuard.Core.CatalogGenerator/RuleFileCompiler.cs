using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecretGuard.Core.Config;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>Parses one <c>rules/*.toml</c> file with Core's reader and renders its rules as <see cref="CatalogData"/> records (C# string literals).</summary>
    internal static class RuleFileCompiler
    {
        public static RuleFileResult Compile(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            var fileName = System.IO.Path.GetFileName(file.Path);
            if (text is null)
            {
                return Failed(file.Path, fileName, new GeneratorDiagnostic(file.Path, 0, 0, "could not read " + fileName));
            }

            return Compile(file.Path, fileName, text.ToString());
        }

        public static RuleFileResult Compile(string path, string fileName, string tomlText)
        {
            ConfigDocument document;
            try
            {
                document = ConfigDocumentReader.Read(tomlText, fileName, ConfigDialect.BuiltIn);
            }
            catch (ConfigException ex)
            {
                return Failed(path, fileName, new GeneratorDiagnostic(path, ex.Line, ex.Column, ex.Reason));
            }

            var rules = new GeneratedRule[document.Rules.Count];
            for (var i = 0; i < rules.Length; i++)
            {
                var definition = document.Rules[i];
                var record = new StringBuilder();
                CatalogData.WriteRule(record, definition.Rule);
                rules[i] = new GeneratedRule(definition.Rule.Id, definition.Line, definition.Column, CSharpLiteral.String(record.ToString()));
            }

            var allowlists = new string[document.GlobalAllowlists.Count];
            for (var i = 0; i < allowlists.Length; i++)
            {
                var record = new StringBuilder();
                CatalogData.WriteAllowlist(record, document.GlobalAllowlists[i]);
                allowlists[i] = CSharpLiteral.String(record.ToString());
            }

            return new RuleFileResult(
                path,
                fileName,
                new EquatableArray<GeneratedRule>(rules),
                new EquatableArray<string>(allowlists),
                new EquatableArray<GeneratorDiagnostic>(Array.Empty<GeneratorDiagnostic>()));
        }

        private static RuleFileResult Failed(string path, string fileName, GeneratorDiagnostic diagnostic) =>
            new RuleFileResult(
                path,
                fileName,
                new EquatableArray<GeneratedRule>(Array.Empty<GeneratedRule>()),
                new EquatableArray<string>(Array.Empty<string>()),
                new EquatableArray<GeneratorDiagnostic>(new[] { diagnostic }));
    }
}

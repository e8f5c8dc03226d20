using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretGuard.Analyzers.Options
{
    /// <summary>
    /// SecretGuard's options for one file, cached per <see cref="AnalyzerConfigOptions"/> instance. The compiler
    /// gives every file its own instance, and most files never get past the first question (is this name secret-like?),
    /// so each setting is read on first use: the extra name words first, everything else together when a candidate
    /// needs it. Invalid values fall back to the defaults; parsing never throws.
    /// </summary>
    internal sealed class SecretGuardOptions
    {
        public const double DefaultMinEntropy = 2.5;

        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, SecretGuardOptions> Cache = new ConditionalWeakTable<AnalyzerConfigOptions, SecretGuardOptions>();
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, SecretGuardOptions>.CreateValueCallback Create = o => new SecretGuardOptions(o);
        private static readonly string[] Separators = { ",", ";" };

        private readonly AnalyzerConfigOptions source;
        private IReadOnlyList<string>? extraSecretNameWords;
        private Parsed? parsed;
        private ConcurrentDictionary<string, RuleSeverityOverride>? ruleSeverities; // created with the first finding

        private SecretGuardOptions(AnalyzerConfigOptions source)
        {
            this.source = source;
        }

        /// <summary>Extra lower-case words that make a name secret-like.</summary>
        public IReadOnlyList<string> ExtraSecretNameWords => extraSecretNameWords ??= ParseWords(Get(source, OptionKeys.SecretNameWords));

        public double MinEntropy => Settings.MinEntropy;

        /// <summary>True when <c>secretguard.test_project_severity</c> holds a valid value.</summary>
        public bool HasTestProjectSeverity => Settings.HasTestProjectSeverity;

        /// <summary>The cap in test projects; null means "do not report".</summary>
        public DiagnosticSeverity? TestProjectSeverity => Settings.TestProjectSeverity;

        public bool? ForcedIsTestProject => Settings.ForcedIsTestProject;

        // Benign race: threads that both parse get equal results; one is kept.
        private Parsed Settings => parsed ??= new Parsed(source);

        public static SecretGuardOptions For(AnalyzerConfigOptions options) => Cache.GetValue(options, Create);

        public bool IsExcluded(string? path)
        {
            var excludedPaths = Settings.ExcludedPaths;
            if (excludedPaths.Length == 0 || string.IsNullOrEmpty(path))
            {
                return false;
            }

            var normalized = path!.Replace('\\', '/');
            foreach (var glob in excludedPaths)
            {
                if (glob.Matches(normalized))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The user's severity for one catalog rule (<c>secretguard.rule.&lt;id&gt;.severity</c>), if any.</summary>
        public RuleSeverityOverride GetRuleSeverity(string ruleId)
        {
            var cache = ruleSeverities;
            if (cache is null)
            {
                var created = new ConcurrentDictionary<string, RuleSeverityOverride>(StringComparer.Ordinal);
                cache = System.Threading.Interlocked.CompareExchange(ref ruleSeverities, created, null) ?? created;
            }

            return cache.GetOrAdd(ruleId, ReadRuleSeverity);
        }

        private RuleSeverityOverride ReadRuleSeverity(string id)
        {
            var text = Get(source, OptionKeys.RuleSeverityPrefix + id + OptionKeys.RuleSeveritySuffix);
            return SeverityOption.TryParse(text, out var severity) ? new RuleSeverityOverride(true, severity) : RuleSeverityOverride.NotSet;
        }

        private static string? Get(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var value) ? value : null;

        private static IReadOnlyList<string> ParseWords(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Array.Empty<string>();
            }

            var words = new List<string>();
            foreach (var part in text!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = part.Trim().ToLowerInvariant().Replace("_", string.Empty).Replace("-", string.Empty);
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            return words;
        }

        private static double ParseEntropy(string? text)
        {
            if (text != null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 8)
            {
                return value;
            }

            return DefaultMinEntropy;
        }

        private static PathGlob[] ParseGlobs(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Array.Empty<PathGlob>();
            }

            var globs = new List<PathGlob>();
            foreach (var part in text!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var glob = PathGlob.TryCreate(part);
                if (glob != null)
                {
                    globs.Add(glob);
                }
            }

            return globs.ToArray();
        }

        /// <summary>The settings a candidate needs, read together (fields: no accessors to JIT).</summary>
        private sealed class Parsed
        {
            public readonly double MinEntropy;
            public readonly PathGlob[] ExcludedPaths;
            public readonly bool HasTestProjectSeverity;
            public readonly DiagnosticSeverity? TestProjectSeverity;
            public readonly bool? ForcedIsTestProject;

            public Parsed(AnalyzerConfigOptions source)
            {
                MinEntropy = ParseEntropy(Get(source, OptionKeys.MinEntropy));
                ExcludedPaths = ParseGlobs(Get(source, OptionKeys.ExcludedPaths));
                if (SeverityOption.TryParse(Get(source, OptionKeys.TestProjectSeverity), out var testSeverity))
                {
                    HasTestProjectSeverity = true;
                    TestProjectSeverity = testSeverity;
                }

                var forced = Get(source, OptionKeys.IsTestProject);
                if (bool.TryParse(forced?.Trim(), out var isTest))
                {
                    ForcedIsTestProject = isTest;
                }
            }
        }
    }
}

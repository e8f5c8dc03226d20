using System;
using System.Collections.Generic;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Config
{
    /// <summary>
    /// Loads a user's configuration (<c>.secretguard.toml</c> or an unchanged <c>.gitleaks.toml</c>) into a
    /// <see cref="RuleCatalog"/>. Core does no file I/O: the front end reads the file and passes its text.
    /// </summary>
    /// <remarks>
    /// Which rules the catalog holds (gitleaks semantics, plus one convenience):
    /// <list type="bullet">
    /// <item><c>[extend] useDefault = true</c>: the base catalog (<c>baseCatalog</c>, else the built-in one) plus the file's rules.</item>
    /// <item><c>[extend] path = "…"</c>: the caller loads that file first (see <see cref="ReadExtendPath"/>) and passes it as <c>baseCatalog</c>.</item>
    /// <item>No <c>[extend]</c> and no <c>[[rules]]</c> (e.g. a file with only allowlists): the base catalog plus the file's allowlists.</item>
    /// <item>No <c>[extend]</c> but some <c>[[rules]]</c>: ONLY the file's rules, exactly as gitleaks does.</item>
    /// </list>
    /// <c>[extend] disabledRules</c> removes base rules by id. A file rule with the id of a base rule is merged into it as
    /// gitleaks does: the fields it sets replace the base's, its keywords, tags and allowlists are added to the base's.
    /// Within one file, a later rule with the same id replaces an earlier one. As in gitleaks, a rule whose id contains
    /// "generic" is generic (tag <c>generic</c>): a specific rule's finding on the same secret takes precedence. Patterns are Go/RE2 syntax and are
    /// translated to .NET (<see cref="GoRegexTranslator"/>); rules from a file are not built-in (<see cref="Rule.IsBuiltIn"/>
    /// is false), so the scanner runs them with <c>NonBacktracking</c> or a match timeout.
    /// </remarks>
    public static class CatalogLoader
    {
        /// <summary>File names front ends look for in a repository root, in order of preference.</summary>
        public static readonly IReadOnlyList<string> ConfigFileNames = new[] { ".secretguard.toml", ".gitleaks.toml" };

        /// <summary>Builds a catalog from a configuration text. Throws <see cref="ConfigException"/> (with line and column) on bad input.</summary>
        /// <param name="tomlText">The configuration file's content.</param>
        /// <param name="sourceName">The file name used in error messages.</param>
        /// <param name="baseCatalog">The catalog that <c>[extend]</c> builds on; <see cref="RuleCatalog.BuiltIn"/> when null.</param>
        public static RuleCatalog FromToml(string tomlText, string sourceName, RuleCatalog? baseCatalog = null)
        {
            return FromToml(tomlText, sourceName, baseCatalog, warning: null);
        }

        /// <summary>
        /// As <see cref="FromToml(string, string, RuleCatalog?)"/>, and reports what gitleaks would silently ignore
        /// (unknown keys, composite-rule keys, <c>disabledRules</c> ids the base does not have) to <paramref name="warning"/>
        /// as <c>source(line,col): message</c> lines. Warnings never contain secrets.
        /// </summary>
        public static RuleCatalog FromToml(string tomlText, string sourceName, RuleCatalog? baseCatalog, Action<string>? warning)
        {
            if (tomlText is null)
            {
                throw new ArgumentNullException(nameof(tomlText));
            }

            sourceName ??= string.Empty;
            var document = ConfigDocumentReader.Read(tomlText, sourceName, ConfigDialect.User, warning);
            foreach (var definition in document.Rules)
            {
                CheckValidator(definition, sourceName);
            }

            var extend = document.Extend;
            var fileRules = LastDefinitionPerId(document.Rules);
            RuleCatalog? baseRules;
            if (extend.Path != null)
            {
                baseRules = baseCatalog ?? throw new ConfigException(
                    sourceName,
                    extend.Line,
                    extend.Column,
                    "[extend] path = \"" + extend.Path + "\" must be loaded by the caller and passed as the base catalog");
            }
            else if (extend.UseDefault || fileRules.Count == 0)
            {
                baseRules = baseCatalog ?? RuleCatalog.BuiltIn;
            }
            else
            {
                baseRules = null;
            }

            var rules = new List<Rule>();
            var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
            if (baseRules != null)
            {
                var disabled = new HashSet<string>(extend.DisabledRules, StringComparer.Ordinal);
                foreach (var rule in baseRules.Rules)
                {
                    if (!disabled.Remove(rule.Id))
                    {
                        indexById[rule.Id] = rules.Count;
                        rules.Add(rule);
                    }
                }

                foreach (var unknown in disabled)
                {
                    warning?.Invoke(new ConfigException(sourceName, extend.Line, extend.Column, "disabledRules names '" + unknown + "', which the base catalog does not have").Message);
                }
            }

            foreach (var definition in fileRules)
            {
                if (indexById.TryGetValue(definition.Rule.Id, out var index))
                {
                    rules[index] = Merge(rules[index], definition);
                    continue;
                }

                RequirePattern(definition, sourceName);
                indexById[definition.Rule.Id] = rules.Count;
                rules.Add(MarkGeneric(definition.Rule));
            }

            var allowlists = new List<RuleAllowlist>(document.GlobalAllowlists);
            if (baseRules != null)
            {
                allowlists.AddRange(baseRules.GlobalAllowlists);
            }

            for (var i = 0; i < document.GlobalAllowlists.Count; i++)
            {
                foreach (var target in document.GlobalAllowlists[i].TargetRules)
                {
                    if (!indexById.ContainsKey(target))
                    {
                        var position = document.GlobalAllowlistPositions[i];
                        throw new ConfigException(sourceName, position.Line, position.Column, "global allowlist targets rule '" + target + "', which does not exist");
                    }
                }
            }

            return new RuleCatalog(rules, allowlists);
        }

        /// <summary>
        /// The <c>[extend] path</c> of a configuration, or null. A front end that finds one loads that file (relative to the
        /// configuration's folder) with <see cref="FromToml"/> and passes the result as <c>baseCatalog</c>.
        /// </summary>
        public static string? ReadExtendPath(string tomlText, string sourceName)
        {
            return ConfigDocumentReader.Read(tomlText, sourceName ?? string.Empty, ConfigDialect.User).Extend.Path;
        }

        private static List<RuleDefinition> LastDefinitionPerId(IReadOnlyList<RuleDefinition> definitions)
        {
            var result = new List<RuleDefinition>();
            var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var definition in definitions)
            {
                if (indexById.TryGetValue(definition.Rule.Id, out var index))
                {
                    result[index] = definition;
                }
                else
                {
                    indexById[definition.Rule.Id] = result.Count;
                    result.Add(definition);
                }
            }

            return result;
        }

        private static Rule Merge(Rule baseRule, RuleDefinition definition)
        {
            var user = definition.Rule;
            var setsPattern = definition.Sets("regex") || definition.Sets("path") || user.Allowlists.Count > 0;
            return new Rule
            {
                Id = baseRule.Id,
                Description = user.Description.Length > 0 ? user.Description : baseRule.Description,
                Regex = user.Regex.Length > 0 ? user.Regex : baseRule.Regex,
                SecretGroup = user.SecretGroup != 0 ? user.SecretGroup : baseRule.SecretGroup,
                Entropy = user.Entropy ?? baseRule.Entropy,
                Keywords = Concat(baseRule.Keywords, user.Keywords),
                Path = user.Path ?? baseRule.Path,
                Tags = Concat(baseRule.Tags, user.Tags),
                Allowlists = Concat(baseRule.Allowlists, user.Allowlists),
                Severity = definition.Sets("severity") ? user.Severity : baseRule.Severity,
                Confidence = definition.Sets("confidence") ? user.Confidence : baseRule.Confidence,
                Validator = user.Validator ?? baseRule.Validator,
                WindowLines = definition.Sets("windowLines") ? user.WindowLines : baseRule.WindowLines,

                // A user-supplied pattern (regex, path or allowlist) is untrusted: the scanner must guard it.
                IsBuiltIn = baseRule.IsBuiltIn && !setsPattern,
                Examples = definition.Sets("examples") ? user.Examples : baseRule.Examples,
            };
        }

        /// <summary>
        /// gitleaks treats every rule whose id contains "generic" as generic: a specific rule's finding on the same
        /// secret wins over it. SecretGuard expresses that with the <c>generic</c> tag.
        /// </summary>
        private static Rule MarkGeneric(Rule rule)
        {
            if (rule.IsGeneric || rule.Id.IndexOf("generic", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return rule;
            }

            return new Rule
            {
                Id = rule.Id,
                Description = rule.Description,
                Regex = rule.Regex,
                SecretGroup = rule.SecretGroup,
                Entropy = rule.Entropy,
                Keywords = rule.Keywords,
                Path = rule.Path,
                Tags = Concat(rule.Tags, new[] { "generic" }),
                Allowlists = rule.Allowlists,
                Severity = rule.Severity,
                Confidence = rule.Confidence,
                Validator = rule.Validator,
                WindowLines = rule.WindowLines,
                IsBuiltIn = rule.IsBuiltIn,
                Examples = rule.Examples,
            };
        }

        private static void RequirePattern(RuleDefinition definition, string sourceName)
        {
            if (definition.Rule.Regex.Length == 0 && definition.Rule.Path is null)
            {
                throw new ConfigException(
                    sourceName,
                    definition.Line,
                    definition.Column,
                    "rule '" + definition.Rule.Id + "' needs a 'regex' or a 'path' (or the id of a base rule it extends)");
            }
        }

        private static void CheckValidator(RuleDefinition definition, string sourceName)
        {
            var name = definition.Rule.Validator;
            if (name != null && SecretValidators.Find(name) is null)
            {
                throw new ConfigException(
                    sourceName,
                    definition.Line,
                    definition.Column,
                    "rule '" + definition.Rule.Id + "': unknown validator '" + name + "' (known: " + string.Join(", ", SecretValidators.Names) + ")");
            }
        }

        private static IReadOnlyList<T> Concat<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
        {
            if (second.Count == 0)
            {
                return first;
            }

            if (first.Count == 0)
            {
                return second;
            }

            var result = new List<T>(first.Count + second.Count);
            result.AddRange(first);
            result.AddRange(second);
            return result;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SecretGuard.Core.Config.Toml;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Config
{
    /// <summary>
    /// Reads a parsed TOML document in the gitleaks config shape (plus SecretGuard's extensions) into rules and
    /// allowlists. Shared by <c>CatalogLoader</c> (user configs, at run time) and the catalog source
    /// generator (the built-in catalog, at build time), so both read the format the same way.
    /// </summary>
    internal sealed class ConfigDocumentReader
    {
        private static readonly string[] RootKeys = { "title", "description", "extend", "rules", "allowlist", "allowlists" };
        private static readonly string[] ExtendKeys = { "useDefault", "path", "url", "disabledRules" };
        private static readonly string[] RuleKeys =
        {
            "id", "description", "regex", "secretGroup", "entropy", "keywords", "path", "tags", "allowlist", "allowlists",
            "severity", "confidence", "validator", "windowLines", "examples",
        };

        private static readonly string[] AllowlistKeys = { "description", "condition", "commits", "paths", "regexes", "regexTarget", "stopwords" };
        private static readonly string[] GlobalAllowlistKeys = { "description", "condition", "commits", "paths", "regexes", "regexTarget", "stopwords", "targetRules" };
        private static readonly string[] ExampleKeys = { "match", "nomatch" };
        private static readonly string[] UnsupportedGitleaksRuleKeys = { "required", "skipReport" };

        private readonly ConfigDialect dialect;
        private readonly Action<string>? warning;

        private ConfigDocumentReader(ConfigDialect dialect, Action<string>? warning)
        {
            this.dialect = dialect;
            this.warning = warning;
        }

        private bool BuiltIn => dialect == ConfigDialect.BuiltIn;

        /// <summary>
        /// Parses and reads one document. <paramref name="warning"/> (user dialect only) receives
        /// <c>source(line,col): …</c> notes about keys that are ignored; the built-in dialect rejects them instead.
        /// </summary>
        public static ConfigDocument Read(string tomlText, string sourceName, ConfigDialect dialect, Action<string>? warning = null)
        {
            return new ConfigDocumentReader(dialect, warning).ReadDocument(TomlParser.Parse(tomlText, sourceName), sourceName);
        }

        private ConfigDocument ReadDocument(TomlTable root, string sourceName)
        {
            CheckKeys(root, "the configuration", RootKeys);
            if (BuiltIn && root.ContainsKey("extend"))
            {
                throw root.Error("extend", "the built-in catalog cannot use [extend]");
            }

            var extend = ReadExtend(root);

            var rules = new List<RuleDefinition>();
            foreach (var table in TomlValueReader.GetTableArray(root, "rules"))
            {
                rules.Add(ReadRule(table));
            }

            var allowlists = new List<RuleAllowlist>();
            var allowlistPositions = new List<TomlPosition>();
            foreach (var table in ReadAllowlistTables(root, "allowlist", "allowlists", "configuration"))
            {
                allowlists.Add(ReadAllowlist(table, global: true, ruleId: null));
                allowlistPositions.Add(table.Position);
            }

            return new ConfigDocument
            {
                SourceName = sourceName,
                Title = TomlValueReader.GetString(root, "title"),
                Extend = extend,
                Rules = rules,
                GlobalAllowlists = allowlists,
                GlobalAllowlistPositions = allowlistPositions,
            };
        }

        private ExtendSettings ReadExtend(TomlTable root)
        {
            var table = TomlValueReader.GetTable(root, "extend");
            if (table is null)
            {
                return ExtendSettings.None;
            }

            CheckKeys(table, "[extend]", ExtendKeys);
            if (table.ContainsKey("url"))
            {
                Warn(table, "url", "[extend] url is not supported (ignored); download the file and use path instead");
            }

            var useDefault = TomlValueReader.GetBoolean(table, "useDefault") ?? false;
            var path = TomlValueReader.GetString(table, "path");
            if (useDefault && !string.IsNullOrEmpty(path))
            {
                throw table.Error("path", "[extend] cannot set both useDefault and path");
            }

            var position = root.PositionOf("extend");
            return new ExtendSettings
            {
                UseDefault = useDefault,
                Path = string.IsNullOrEmpty(path) ? null : path,
                DisabledRules = TomlValueReader.GetStringArray(table, "disabledRules"),
                Line = position.Line,
                Column = position.Column,
            };
        }

        private RuleDefinition ReadRule(TomlTable table)
        {
            var builtIn = BuiltIn;
            CheckKeys(table, "[[rules]]", RuleKeys);

            var id = TomlValueReader.GetString(table, "id");
            if (string.IsNullOrEmpty(id))
            {
                throw new ConfigException(table.SourceName, table.Position.Line, table.Position.Column, "[[rules]] entry has no 'id'");
            }

            var regex = ReadPattern(table, "regex", id!, out var groupCount) ?? string.Empty;
            var path = ReadPattern(table, "path", id!, out _);
            if (builtIn && regex.Length == 0 && path is null)
            {
                throw new ConfigException(table.SourceName, table.Position.Line, table.Position.Column, "rule '" + id + "' needs a 'regex' or a 'path'");
            }

            var secretGroup = TomlValueReader.GetInteger(table, "secretGroup") ?? 0;
            if (secretGroup < 0 || (regex.Length > 0 && secretGroup > groupCount))
            {
                throw table.Error("secretGroup", "rule '" + id + "': secretGroup " + secretGroup + " does not name a capture group of its regex");
            }

            var entropy = TomlValueReader.GetNumber(table, "entropy");
            var windowLines = TomlValueReader.GetInteger(table, "windowLines") ?? 0;
            if (windowLines < 0 || windowLines > 1000)
            {
                throw table.Error("windowLines", "rule '" + id + "': windowLines must be between 0 and 1000");
            }

            var allowlists = new List<RuleAllowlist>();
            foreach (var allowlistTable in ReadAllowlistTables(table, "allowlist", "allowlists", "rule '" + id + "'"))
            {
                allowlists.Add(ReadAllowlist(allowlistTable, global: false, ruleId: id));
            }

            var rule = new Rule
            {
                Id = id!,
                Description = TomlValueReader.GetString(table, "description") ?? string.Empty,
                Regex = regex,
                SecretGroup = (int)secretGroup,
                Entropy = entropy is double e && e > 0 ? e : (double?)null,
                Keywords = TomlValueReader.GetStringArray(table, "keywords"),
                Path = path,
                Tags = TomlValueReader.GetStringArray(table, "tags"),
                Allowlists = allowlists,
                Severity = ReadSeverity(table, id!),
                Confidence = ReadConfidence(table, id!),
                Validator = TomlValueReader.GetString(table, "validator"),
                WindowLines = (int)windowLines,
                IsBuiltIn = builtIn,
                Examples = ReadExamples(table, id!),
            };

            return new RuleDefinition(rule, table.Position.Line, table.Position.Column, table.Keys);
        }

        private string? ReadPattern(TomlTable table, string key, string ruleId, out int groupCount)
        {
            groupCount = 0;
            var pattern = TomlValueReader.GetString(table, key);
            if (string.IsNullOrEmpty(pattern))
            {
                return null;
            }

            return CheckPattern(table, key, pattern!, "rule '" + ruleId + "'", out groupCount);
        }

        /// <summary>Translates a user (Go) pattern and proves it compiles in .NET; errors name the owner and the key's position.</summary>
        private string CheckPattern(TomlTable table, string key, string pattern, string owner, out int groupCount)
        {
            string translated;
            try
            {
                translated = dialect == ConfigDialect.User ? GoRegexTranslator.Translate(pattern) : pattern;
            }
            catch (GoRegexException ex)
            {
                throw table.Error(key, owner + ": '" + key + "' is not a supported regex: " + ex.Message);
            }

            try
            {
                groupCount = new Regex(translated, RegexOptions.CultureInvariant).GetGroupNumbers().Length - 1;
            }
            catch (ArgumentException ex)
            {
                throw table.Error(key, owner + ": '" + key + "' is not a valid regex: " + ex.Message);
            }

            return translated;
        }

        private static IReadOnlyList<TomlTable> ReadAllowlistTables(TomlTable owner, string oldKey, string newKey, string context)
        {
            var single = TomlValueReader.GetTable(owner, oldKey);
            var many = TomlValueReader.GetTableArray(owner, newKey);
            if (single != null && many.Count > 0)
            {
                throw owner.Error(oldKey, context + ": the old [" + oldKey + "] table cannot be used alongside [[" + newKey + "]]");
            }

            return single != null ? new[] { single } : many;
        }

        private RuleAllowlist ReadAllowlist(TomlTable table, bool global, string? ruleId)
        {
            CheckKeys(table, global ? "a global allowlist" : "an allowlist of rule '" + ruleId + "'", global ? GlobalAllowlistKeys : AllowlistKeys);

            var owner = global ? "global allowlist" : "rule '" + ruleId + "' allowlist";
            var condition = TomlValueReader.GetString(table, "condition") ?? string.Empty;
            bool requireAll;
            switch (condition.ToUpperInvariant())
            {
                case "AND":
                case "&&":
                    requireAll = true;
                    break;
                case "":
                case "OR":
                case "||":
                    requireAll = false;
                    break;
                default:
                    throw table.Error("condition", owner + ": condition must be \"AND\" or \"OR\"");
            }

            var targetText = TomlValueReader.GetString(table, "regexTarget") ?? string.Empty;
            AllowlistRegexTarget target;
            switch (targetText)
            {
                case "":
                case "secret":
                    target = AllowlistRegexTarget.Secret;
                    break;
                case "match":
                    target = AllowlistRegexTarget.Match;
                    break;
                case "line":
                    target = AllowlistRegexTarget.Line;
                    break;
                default:
                    throw table.Error("regexTarget", owner + ": regexTarget must be \"secret\", \"match\" or \"line\"");
            }

            var allowlist = new RuleAllowlist
            {
                Description = TomlValueReader.GetString(table, "description") ?? string.Empty,
                RequireAll = requireAll,
                Commits = TomlValueReader.GetStringArray(table, "commits"),
                Paths = CheckPatterns(table, "paths", owner),
                Regexes = CheckPatterns(table, "regexes", owner),
                RegexTarget = target,
                StopWords = TomlValueReader.GetStringArray(table, "stopwords"),
                TargetRules = global ? TomlValueReader.GetStringArray(table, "targetRules") : new string[0],
            };

            if (allowlist.Commits.Count == 0 && allowlist.Paths.Count == 0 && allowlist.Regexes.Count == 0 && allowlist.StopWords.Count == 0)
            {
                throw new ConfigException(table.SourceName, table.Position.Line, table.Position.Column, owner + " must contain at least one of: commits, paths, regexes, stopwords");
            }

            return allowlist;
        }

        private string[] CheckPatterns(TomlTable table, string key, string owner)
        {
            var patterns = TomlValueReader.GetStringArray(table, key);
            for (var i = 0; i < patterns.Length; i++)
            {
                patterns[i] = CheckPattern(table, key, patterns[i], owner, out _);
            }

            return patterns;
        }

        /// <summary>Built-in files reject unknown keys (a typo must fail the build); user files ignore them, as gitleaks does, with a warning.</summary>
        private void CheckKeys(TomlTable table, string context, string[] known)
        {
            if (BuiltIn)
            {
                TomlValueReader.RejectUnknownKeys(table, context, known);
                return;
            }

            foreach (var key in table.Keys)
            {
                if (Array.IndexOf(known, key) >= 0)
                {
                    continue;
                }

                if (Array.IndexOf(UnsupportedGitleaksRuleKeys, key) >= 0 && context == "[[rules]]")
                {
                    Warn(table, key, "'" + key + "' (gitleaks composite rules) is not supported and is ignored; the rule reports its own matches");
                }
                else
                {
                    Warn(table, key, "unknown key '" + key + "' in " + context + " is ignored");
                }
            }
        }

        private void Warn(TomlTable table, string key, string message)
        {
            if (warning != null)
            {
                var position = table.PositionOf(key);
                warning(new ConfigException(table.SourceName, position.Line, position.Column, message).Message);
            }
        }

        private static Severity ReadSeverity(TomlTable table, string ruleId)
        {
            var text = TomlValueReader.GetString(table, "severity");
            switch (text?.ToLowerInvariant())
            {
                case null:
                case "error":
                    return Severity.Error;
                case "warning":
                    return Severity.Warning;
                case "note":
                    return Severity.Note;
                default:
                    throw table.Error("severity", "rule '" + ruleId + "': severity must be \"error\", \"warning\" or \"note\"");
            }
        }

        private static Confidence ReadConfidence(TomlTable table, string ruleId)
        {
            var text = TomlValueReader.GetString(table, "confidence");
            switch (text?.ToLowerInvariant())
            {
                case null:
                case "medium":
                    return Confidence.Medium;
                case "high":
                    return Confidence.High;
                case "low":
                    return Confidence.Low;
                default:
                    throw table.Error("confidence", "rule '" + ruleId + "': confidence must be \"high\", \"medium\" or \"low\"");
            }
        }

        private RuleExamples ReadExamples(TomlTable table, string ruleId)
        {
            var examples = TomlValueReader.GetTable(table, "examples");
            if (examples is null)
            {
                return RuleExamples.None;
            }

            CheckKeys(examples, "[rules.examples] of rule '" + ruleId + "'", ExampleKeys);

            return new RuleExamples
            {
                MustMatch = TomlValueReader.GetStringArray(examples, "match"),
                MustNotMatch = TomlValueReader.GetStringArray(examples, "nomatch"),
            };
        }
    }
}

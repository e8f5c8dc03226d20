using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretGuard.Core.Rules
{
    /// <summary>
    /// The compact text form in which the catalog generator stores the built-in rules inside SecretGuard.Core.
    /// Loading the catalog decodes one string constant with a few small loops instead of running (and first
    /// JIT-compiling) one huge generated method of object initialisers: in the analyzer, which starts in every
    /// compiler process, that method alone cost 20–40 ms of JIT time.
    /// <para>
    /// Format: a sequence of fields. A string is its length in decimal, <c>:</c>, then its characters
    /// (<c>5:alpha</c>); a missing string is <c>-</c>. A number is written as a string (<c>1:2</c>). A list is its
    /// count as a number, then its items. A rule is: id, description, regex, secretGroup, entropy (or missing),
    /// keywords, path (or missing), tags, allowlists, severity, confidence, validator (or missing), windowLines,
    /// examples that must match, examples that must not match. An allowlist is: description, requireAll (0/1),
    /// paths, regexes, regexTarget, stopWords, commits, targetRules. The generator links this file and writes with
    /// the same code that Core reads with.
    /// </para>
    /// </summary>
    internal static class CatalogData
    {
        /// <summary>Appends one rule (built-in rules only: <see cref="Rule.IsBuiltIn"/> is implied on read).</summary>
        public static void WriteRule(StringBuilder output, Rule rule)
        {
            WriteString(output, rule.Id);
            WriteString(output, rule.Description);
            WriteString(output, rule.Regex);
            WriteNumber(output, rule.SecretGroup);
            WriteString(output, rule.Entropy is double entropy ? entropy.ToString("R", CultureInfo.InvariantCulture) : null);
            WriteList(output, rule.Keywords);
            WriteString(output, rule.Path);
            WriteList(output, rule.Tags);
            WriteNumber(output, rule.Allowlists.Count);
            foreach (var allowlist in rule.Allowlists)
            {
                WriteAllowlist(output, allowlist);
            }

            WriteNumber(output, (int)rule.Severity);
            WriteNumber(output, (int)rule.Confidence);
            WriteString(output, rule.Validator);
            WriteNumber(output, rule.WindowLines);
            WriteList(output, rule.Examples.MustMatch);
            WriteList(output, rule.Examples.MustNotMatch);
        }

        public static void WriteAllowlist(StringBuilder output, RuleAllowlist allowlist)
        {
            WriteString(output, allowlist.Description);
            WriteNumber(output, allowlist.RequireAll ? 1 : 0);
            WriteList(output, allowlist.Paths);
            WriteList(output, allowlist.Regexes);
            WriteNumber(output, (int)allowlist.RegexTarget);
            WriteList(output, allowlist.StopWords);
            WriteList(output, allowlist.Commits);
            WriteList(output, allowlist.TargetRules);
        }

        /// <summary>Every rule in <paramref name="data"/> (rules written back to back), marked built-in.</summary>
        public static Rule[] ReadRules(string data)
        {
            var rules = new List<Rule>();
            var reader = new Reader(data);
            while (!reader.AtEnd)
            {
                rules.Add(reader.ReadRule());
            }

            return rules.ToArray();
        }

        /// <summary>Every allowlist in <paramref name="data"/> (allowlists written back to back).</summary>
        public static RuleAllowlist[] ReadAllowlists(string data)
        {
            var allowlists = new List<RuleAllowlist>();
            var reader = new Reader(data);
            while (!reader.AtEnd)
            {
                allowlists.Add(reader.ReadAllowlist());
            }

            return allowlists.ToArray();
        }

        private static void WriteString(StringBuilder output, string? value)
        {
            if (value is null)
            {
                output.Append('-');
                return;
            }

            output.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        private static void WriteNumber(StringBuilder output, int value) => WriteString(output, value.ToString(CultureInfo.InvariantCulture));

        private static void WriteList(StringBuilder output, IReadOnlyList<string> values)
        {
            WriteNumber(output, values.Count);
            foreach (var value in values)
            {
                WriteString(output, value);
            }
        }

        private sealed class Reader
        {
            private readonly string data;
            private int position;

            public Reader(string data)
            {
                this.data = data;
            }

            public bool AtEnd => position >= data.Length;

            public Rule ReadRule()
            {
                var id = ReadString();
                var description = ReadString();
                var regex = ReadString();
                var secretGroup = ReadNumber();
                var entropy = ReadNullableString();
                var keywords = ReadList();
                var path = ReadNullableString();
                var tags = ReadList();
                var allowlists = new RuleAllowlist[ReadNumber()];
                for (var i = 0; i < allowlists.Length; i++)
                {
                    allowlists[i] = ReadAllowlist();
                }

                var severity = (Severity)ReadNumber();
                var confidence = (Confidence)ReadNumber();
                var validator = ReadNullableString();
                var windowLines = ReadNumber();
                var mustMatch = ReadList();
                var mustNotMatch = ReadList();
                return new Rule(
                    id,
                    description,
                    regex,
                    secretGroup,
                    entropy is null ? null : double.Parse(entropy, NumberStyles.Float, CultureInfo.InvariantCulture),
                    keywords,
                    path,
                    allowlists,
                    tags,
                    severity,
                    confidence,
                    validator,
                    windowLines,
                    isBuiltIn: true,
                    mustMatch.Length == 0 && mustNotMatch.Length == 0 ? RuleExamples.None : new RuleExamples(mustMatch, mustNotMatch));
            }

            public RuleAllowlist ReadAllowlist()
            {
                var description = ReadString();
                var requireAll = ReadNumber() != 0;
                var paths = ReadList();
                var regexes = ReadList();
                var regexTarget = (AllowlistRegexTarget)ReadNumber();
                var stopWords = ReadList();
                var commits = ReadList();
                var targetRules = ReadList();
                return new RuleAllowlist(description, requireAll, paths, regexes, regexTarget, stopWords, commits, targetRules);
            }

            private string ReadString() => ReadNullableString() ?? throw Corrupt("a missing value where a string is required");

            private string? ReadNullableString()
            {
                if (AtEnd)
                {
                    throw Corrupt("end of data inside a record");
                }

                if (data[position] == '-')
                {
                    position++;
                    return null;
                }

                var length = ReadLength();
                var value = data.Substring(position, length);
                position += length;
                return value;
            }

            /// <summary>A number, parsed in place (numbers are written as strings: <c>1:2</c>).</summary>
            private int ReadNumber()
            {
                var length = ReadLength();
                if (length == 0)
                {
                    throw Corrupt("an empty number");
                }

                var value = 0;
                for (var end = position + length; position < end; position++)
                {
                    var c = data[position];
                    if (c < '0' || c > '9')
                    {
                        throw Corrupt("a malformed number");
                    }

                    value = checked((value * 10) + (c - '0'));
                }

                return value;
            }

            /// <summary>A string's length prefix (<c>12:</c>), leaving the position on its first character.</summary>
            private int ReadLength()
            {
                var length = 0;
                var digits = 0;
                for (; position < data.Length && data[position] >= '0' && data[position] <= '9'; position++, digits++)
                {
                    length = checked((length * 10) + (data[position] - '0'));
                }

                if (digits == 0 || position >= data.Length || data[position] != ':' || data.Length - position - 1 < length)
                {
                    throw Corrupt("a malformed string");
                }

                position++;
                return length;
            }

            private string[] ReadList()
            {
                var count = ReadNumber();
                if (count == 0)
                {
                    return Array.Empty<string>();
                }

                var values = new string[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = ReadString();
                }

                return values;
            }

            private FormatException Corrupt(string what) => new FormatException($"Built-in catalog data is corrupt: {what} at offset {position}.");
        }
    }
}

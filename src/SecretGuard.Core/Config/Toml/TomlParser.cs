using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretGuard.Core.Config.Toml
{
    /// <summary>
    /// A TOML 1.0 parser: tables, arrays of tables, dotted keys, basic/literal/multi-line strings,
    /// integers (decimal, hex, octal, binary), floats, booleans, dates and times, arrays and inline tables.
    /// One pass over the text, no dependencies; errors are <see cref="ConfigException"/>s with line and column.
    /// </summary>
    internal sealed class TomlParser
    {
        private readonly string text;
        private readonly string sourceName;
        private readonly TomlTable root;
        private int pos;
        private int line = 1;
        private int lineStart;

        private TomlParser(string text, string sourceName)
        {
            this.text = text;
            this.sourceName = sourceName;
            root = new TomlTable(sourceName, new TomlPosition(1, 1), TomlTableKind.Root);
        }

        /// <summary>Parses a whole document. <paramref name="sourceName"/> labels error messages.</summary>
        public static TomlTable Parse(string text, string sourceName)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var parser = new TomlParser(text, sourceName ?? string.Empty);
            parser.ParseDocument();
            return parser.root;
        }

        private TomlPosition Here => new TomlPosition(line, pos - lineStart + 1);

        private bool AtEnd => pos >= text.Length;

        private char Current => pos < text.Length ? text[pos] : '\0';

        private void ParseDocument()
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                pos = 1;
                lineStart = 1;
            }

            var current = root;
            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    return;
                }

                var c = Current;
                if (c == '#')
                {
                    SkipComment();
                }
                else if (c == '\n' || c == '\r')
                {
                    ReadNewline();
                    continue;
                }
                else if (c == '[')
                {
                    current = ParseHeader();
                }
                else
                {
                    ParseKeyValue(current);
                }

                ExpectEndOfLine();
            }
        }

        private TomlTable ParseHeader()
        {
            var start = Here;
            pos++;
            var isArray = Current == '[';
            if (isArray)
            {
                pos++;
            }

            SkipWhitespace();
            var keys = ParseKey(out var keyPositions);
            SkipWhitespace();
            if (Current != ']')
            {
                throw Error("expected ']' to close the table header");
            }

            pos++;
            if (isArray)
            {
                if (Current != ']')
                {
                    throw Error("expected ']]' to close the array-of-tables header");
                }

                pos++;
            }

            var parent = root;
            for (var i = 0; i < keys.Count - 1; i++)
            {
                parent = DescendForHeader(parent, keys[i], keyPositions[i]);
            }

            var last = keys[keys.Count - 1];
            var lastPosition = keyPositions[keys.Count - 1];
            if (isArray)
            {
                TomlArray array;
                if (!parent.TryGetValue(last, out var existing))
                {
                    array = new TomlArray(start, isArrayOfTables: true);
                    parent.Add(last, array, lastPosition);
                }
                else if (existing is TomlArray found && found.IsArrayOfTables)
                {
                    array = found;
                }
                else
                {
                    throw ErrorAt(lastPosition, "'" + JoinKey(keys) + "' is already defined as " + Describe(existing) + "; cannot use it as an array of tables");
                }

                var element = new TomlTable(sourceName, start, TomlTableKind.Header);
                array.Add(element, start);
                return element;
            }

            if (!parent.TryGetValue(last, out var value))
            {
                var table = new TomlTable(sourceName, start, TomlTableKind.Header);
                parent.Add(last, table, lastPosition);
                return table;
            }

            if (value is TomlTable existingTable && existingTable.Kind == TomlTableKind.Implicit)
            {
                existingTable.Kind = TomlTableKind.Header;
                return existingTable;
            }

            throw ErrorAt(lastPosition, "table '" + JoinKey(keys) + "' is defined more than once");
        }

        private TomlTable DescendForHeader(TomlTable parent, string key, TomlPosition keyPosition)
        {
            if (!parent.TryGetValue(key, out var value))
            {
                var table = new TomlTable(sourceName, keyPosition, TomlTableKind.Implicit);
                parent.Add(key, table, keyPosition);
                return table;
            }

            if (value is TomlTable table2)
            {
                if (table2.Kind == TomlTableKind.Inline)
                {
                    throw ErrorAt(keyPosition, "inline table '" + key + "' cannot be extended by a header");
                }

                return table2;
            }

            if (value is TomlArray array && array.IsArrayOfTables && array.Count > 0)
            {
                return (TomlTable)array[array.Count - 1];
            }

            throw ErrorAt(keyPosition, "'" + key + "' is " + Describe(value) + ", not a table");
        }

        private void ParseKeyValue(TomlTable table)
        {
            var keys = ParseKey(out var keyPositions);
            SkipWhitespace();
            if (Current != '=')
            {
                throw Error(AtEnd || Current == '\n' || Current == '\r'
                    ? "expected '=' after key '" + JoinKey(keys) + "'"
                    : "expected '=' after key '" + JoinKey(keys) + "' but found '" + Printable(Current) + "'");
            }

            pos++;
            SkipWhitespace();
            var target = table;
            for (var i = 0; i < keys.Count - 1; i++)
            {
                target = DescendForDottedKey(target, keys[i], keyPositions[i]);
            }

            var value = ParseValue();
            var last = keys[keys.Count - 1];
            if (target.ContainsKey(last))
            {
                throw ErrorAt(keyPositions[keys.Count - 1], "key '" + JoinKey(keys) + "' is defined more than once");
            }

            target.Add(last, value, keyPositions[keys.Count - 1]);
        }

        private TomlTable DescendForDottedKey(TomlTable parent, string key, TomlPosition keyPosition)
        {
            if (!parent.TryGetValue(key, out var value))
            {
                var created = new TomlTable(sourceName, keyPosition, TomlTableKind.Dotted);
                parent.Add(key, created, keyPosition);
                return created;
            }

            if (value is TomlTable table && table.Kind == TomlTableKind.Dotted)
            {
                return table;
            }

            throw ErrorAt(keyPosition, "key '" + key + "' is already defined as " + Describe(value) + "; a dotted key cannot add to it");
        }

        private List<string> ParseKey(out List<TomlPosition> positions)
        {
            var keys = new List<string>();
            positions = new List<TomlPosition>();
            while (true)
            {
                positions.Add(Here);
                keys.Add(ParseSimpleKey());
                SkipWhitespace();
                if (Current != '.')
                {
                    return keys;
                }

                pos++;
                SkipWhitespace();
            }
        }

        private string ParseSimpleKey()
        {
            var c = Current;
            if (c == '"')
            {
                if (Peek(1) == '"' && Peek(2) == '"')
                {
                    throw Error("multi-line strings cannot be keys");
                }

                return ParseBasicString();
            }

            if (c == '\'')
            {
                if (Peek(1) == '\'' && Peek(2) == '\'')
                {
                    throw Error("multi-line strings cannot be keys");
                }

                return ParseLiteralString();
            }

            var start = pos;
            while (!AtEnd && IsBareKeyChar(Current))
            {
                pos++;
            }

            if (pos == start)
            {
                throw Error(AtEnd || c == '\n' || c == '\r'
                    ? "expected a key"
                    : "expected a key but found '" + Printable(c) + "'");
            }

            return text.Substring(start, pos - start);
        }

        private object ParseValue()
        {
            if (AtEnd)
            {
                throw Error("expected a value");
            }

            var c = Current;
            switch (c)
            {
                case '"':
                    return Peek(1) == '"' && Peek(2) == '"' ? ParseMultiLineBasicString() : ParseBasicString();
                case '\'':
                    return Peek(1) == '\'' && Peek(2) == '\'' ? ParseMultiLineLiteralString() : ParseLiteralString();
                case '[':
                    return ParseArray();
                case '{':
                    return ParseInlineTable();
                case 't':
                    return ParseKeyword("true", true);
                case 'f':
                    return ParseKeyword("false", false);
                case 'i':
                    return ParseKeyword("inf", double.PositiveInfinity);
                case 'n':
                    return ParseKeyword("nan", double.NaN);
                default:
                    if (c == '+' || c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumberOrDate();
                    }

                    throw Error(c == '\n' || c == '\r'
                        ? "expected a value"
                        : "unexpected '" + Printable(c) + "' where a value was expected" + (IsBareKeyChar(c) ? " (strings need quotes)" : string.Empty));
            }
        }

        private object ParseKeyword(string word, object value)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) == 0 && !IsBareKeyChar(Peek(word.Length)))
            {
                pos += word.Length;
                return value;
            }

            throw Error("unexpected '" + Printable(Current) + "' where a value was expected (strings need quotes)");
        }

        private TomlArray ParseArray()
        {
            var array = new TomlArray(Here, isArrayOfTables: false);
            pos++;
            while (true)
            {
                SkipWhitespaceCommentsAndNewlines();
                if (AtEnd)
                {
                    throw ErrorAt(array.Position, "array is not closed with ']'");
                }

                if (Current == ']')
                {
                    pos++;
                    return array;
                }

                var itemPosition = Here;
                array.Add(ParseValue(), itemPosition);
                SkipWhitespaceCommentsAndNewlines();
                if (Current == ',')
                {
                    pos++;
                    continue;
                }

                if (Current == ']')
                {
                    pos++;
                    return array;
                }

                throw AtEnd
                    ? ErrorAt(array.Position, "array is not closed with ']'")
                    : Error("expected ',' or ']' in array but found '" + Printable(Current) + "'");
            }
        }

        private TomlTable ParseInlineTable()
        {
            var table = new TomlTable(sourceName, Here, TomlTableKind.Inline);
            pos++;
            SkipWhitespace();
            if (Current == '}')
            {
                pos++;
                return table;
            }

            // Dotted keys inside an inline table build sub-tables that are closed along with it.
            var scratch = new TomlTable(sourceName, table.Position, TomlTableKind.Root);
            while (true)
            {
                SkipWhitespace();
                if (AtEnd || Current == '\n' || Current == '\r')
                {
                    throw Error("inline table is not closed with '}' (inline tables must stay on one line)");
                }

                ParseKeyValue(scratch);
                SkipWhitespace();
                if (Current == ',')
                {
                    pos++;
                    continue;
                }

                if (Current == '}')
                {
                    pos++;
                    break;
                }

                throw AtEnd || Current == '\n' || Current == '\r'
                    ? Error("inline table is not closed with '}' (inline tables must stay on one line)")
                    : Error("expected ',' or '}' in inline table but found '" + Printable(Current) + "'");
            }

            foreach (var key in scratch.Keys)
            {
                scratch.TryGetValue(key, out var value);
                Seal(value);
                table.Add(key, value, scratch.PositionOf(key));
            }

            return table;
        }

        private static void Seal(object value)
        {
            if (value is TomlTable table && table.Kind == TomlTableKind.Dotted)
            {
                table.Kind = TomlTableKind.Inline;
                foreach (var key in table.Keys)
                {
                    table.TryGetValue(key, out var child);
                    Seal(child);
                }
            }
        }

        private string ParseBasicString()
        {
            var start = Here;
            pos++;
            StringBuilder? builder = null;
            var runStart = pos;
            while (true)
            {
                if (AtEnd || Current == '\n' || Current == '\r')
                {
                    throw ErrorAt(start, "string is not closed with '\"' on the same line");
                }

                var c = Current;
                if (c == '"')
                {
                    var tail = text.Substring(runStart, pos - runStart);
                    pos++;
                    return builder is null ? tail : builder.Append(tail).ToString();
                }

                if (c == '\\')
                {
                    builder ??= new StringBuilder();
                    builder.Append(text, runStart, pos - runStart);
                    ParseEscape(builder);
                    runStart = pos;
                    continue;
                }

                CheckStringChar(c);
                pos++;
            }
        }

        private string ParseMultiLineBasicString()
        {
            var start = Here;
            pos += 3;
            SkipFirstNewline();
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw ErrorAt(start, "multi-line string is not closed with '\"\"\"'");
                }

                var c = Current;
                if (c == '"' && Peek(1) == '"' && Peek(2) == '"')
                {
                    var quotes = CountRun('"');
                    if (quotes > 5)
                    {
                        throw Error("too many quotes at the end of a multi-line string");
                    }

                    builder.Append('"', quotes - 3);
                    pos += quotes;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    if (IsLineEndingBackslash())
                    {
                        // A line-ending backslash trims the newline and all whitespace that follows.
                        pos++;
                        while (!AtEnd && (Current == ' ' || Current == '\t' || Current == '\n' || Current == '\r'))
                        {
                            if (Current == '\n' || Current == '\r')
                            {
                                ReadNewline();
                            }
                            else
                            {
                                pos++;
                            }
                        }

                        continue;
                    }

                    ParseEscape(builder);
                    continue;
                }

                if (c == '\n' || c == '\r')
                {
                    builder.Append(ReadNewline());
                    continue;
                }

                CheckStringChar(c);
                builder.Append(c);
                pos++;
            }
        }

        private string ParseLiteralString()
        {
            var start = Here;
            pos++;
            var contentStart = pos;
            while (true)
            {
                if (AtEnd || Current == '\n' || Current == '\r')
                {
                    throw ErrorAt(start, "string is not closed with \"'\" on the same line");
                }

                var c = Current;
                if (c == '\'')
                {
                    var value = text.Substring(contentStart, pos - contentStart);
                    pos++;
                    return value;
                }

                CheckStringChar(c);
                pos++;
            }
        }

        private string ParseMultiLineLiteralString()
        {
            var start = Here;
            pos += 3;
            SkipFirstNewline();
            var builder = new StringBuilder();
            var runStart = pos;
            while (true)
            {
                if (AtEnd)
                {
                    throw ErrorAt(start, "multi-line string is not closed with \"'''\"");
                }

                var c = Current;
                if (c == '\'' && Peek(1) == '\'' && Peek(2) == '\'')
                {
                    var quotes = CountRun('\'');
                    if (quotes > 5)
                    {
                        throw Error("too many quotes at the end of a multi-line string");
                    }

                    builder.Append(text, runStart, pos - runStart);
                    builder.Append('\'', quotes - 3);
                    pos += quotes;
                    return builder.ToString();
                }

                if (c == '\n' || c == '\r')
                {
                    builder.Append(text, runStart, pos - runStart);
                    builder.Append(ReadNewline());
                    runStart = pos;
                    continue;
                }

                CheckStringChar(c);
                pos++;
            }
        }

        private void ParseEscape(StringBuilder builder)
        {
            var start = Here;
            pos++;
            if (AtEnd)
            {
                throw ErrorAt(start, "incomplete escape sequence");
            }

            var c = Current;
            pos++;
            switch (c)
            {
                case 'b': builder.Append('\b'); return;
                case 't': builder.Append('\t'); return;
                case 'n': builder.Append('\n'); return;
                case 'f': builder.Append('\f'); return;
                case 'r': builder.Append('\r'); return;
                case 'e': builder.Append('\u001B'); return;
                case '"': builder.Append('"'); return;
                case '\\': builder.Append('\\'); return;
                case 'u': AppendCodePoint(builder, ReadHex(4, start), start); return;
                case 'U': AppendCodePoint(builder, ReadHex(8, start), start); return;
                default:
                    throw ErrorAt(start, "invalid escape sequence '\\" + Printable(c) + "' (use a literal string '...' or '''...''' for regexes)");
            }
        }

        private int ReadHex(int digits, TomlPosition start)
        {
            if (pos + digits > text.Length)
            {
                throw ErrorAt(start, "incomplete unicode escape (needs " + digits + " hex digits)");
            }

            var value = 0L;
            for (var i = 0; i < digits; i++)
            {
                var d = HexValue(text[pos + i]);
                if (d < 0)
                {
                    throw ErrorAt(start, "invalid unicode escape (needs " + digits + " hex digits)");
                }

                value = (value * 16) + d;
            }

            pos += digits;
            if (value > 0x10FFFF)
            {
                throw ErrorAt(start, "unicode escape is beyond U+10FFFF");
            }

            return (int)value;
        }

        private void AppendCodePoint(StringBuilder builder, int codePoint, TomlPosition start)
        {
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            {
                throw ErrorAt(start, "unicode escape names a surrogate code point, which is not a scalar value");
            }

            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        private object ParseNumberOrDate()
        {
            var start = Here;
            var begin = pos;

            // Dates: 4 digits then '-' (1979-05-27) or 2 digits then ':' (07:32:00).
            if (IsDigit(Peek(0)) && IsDigit(Peek(1)) && ((IsDigit(Peek(2)) && IsDigit(Peek(3)) && Peek(4) == '-') || Peek(2) == ':'))
            {
                return ParseDateTime(start);
            }

            var c = Current;
            if (c == '+' || c == '-')
            {
                pos++;
                if (Current == 'i')
                {
                    ParseKeyword("inf", null!);
                    return c == '-' ? double.NegativeInfinity : double.PositiveInfinity;
                }

                if (Current == 'n')
                {
                    ParseKeyword("nan", null!);
                    return double.NaN;
                }
            }

            if (pos == begin && Current == '0' && (Peek(1) == 'x' || Peek(1) == 'o' || Peek(1) == 'b'))
            {
                return ParseRadixInteger(start);
            }

            while (!AtEnd && IsNumberChar(Current))
            {
                pos++;
            }

            var token = text.Substring(begin, pos - begin);
            var isFloat = token.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0;
            ValidateDecimal(token, isFloat, start);
            var clean = token.Replace("_", string.Empty);
            if (isFloat)
            {
                if (!double.TryParse(clean, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    throw ErrorAt(start, "invalid float '" + token + "'");
                }

                return d;
            }

            if (!long.TryParse(clean, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                throw ErrorAt(start, "integer '" + token + "' is out of range");
            }

            return l;
        }

        private void ValidateDecimal(string token, bool isFloat, TomlPosition start)
        {
            var digits = token[0] == '+' || token[0] == '-' ? token.Substring(1) : token;
            var valid = digits.Length > 0 && IsDigit(digits[0]);
            var previous = '\0';
            var seenDot = false;
            var seenExponent = false;
            for (var i = 0; valid && i < digits.Length; i++)
            {
                var c = digits[i];
                if (c == '_')
                {
                    valid = IsDigit(previous) && i + 1 < digits.Length && IsDigit(digits[i + 1]);
                }
                else if (c == '.')
                {
                    valid = !seenDot && !seenExponent && IsDigit(previous) && i + 1 < digits.Length && IsDigit(digits[i + 1]);
                    seenDot = true;
                }
                else if (c == 'e' || c == 'E')
                {
                    valid = !seenExponent && IsDigit(previous) && i + 1 < digits.Length;
                    seenExponent = true;
                }
                else if (c == '+' || c == '-')
                {
                    valid = (previous == 'e' || previous == 'E') && i + 1 < digits.Length;
                }
                else
                {
                    valid = IsDigit(c);
                }

                previous = c;
            }

            // Leading zeros are not allowed in decimal integers or in a float's integer part.
            if (valid && digits.Length > 1 && digits[0] == '0' && IsDigit(digits[1]))
            {
                valid = false;
            }

            if (!valid)
            {
                throw ErrorAt(start, "invalid " + (isFloat ? "float" : "number") + " '" + token + "'");
            }
        }

        private long ParseRadixInteger(TomlPosition start)
        {
            var radixChar = Peek(1);
            var radix = radixChar == 'x' ? 16 : radixChar == 'o' ? 8 : 2;
            pos += 2;
            var digitsStart = pos;
            while (!AtEnd && (IsBareKeyChar(Current) || Current == '_'))
            {
                pos++;
            }

            var token = text.Substring(digitsStart, pos - digitsStart);
            if (token.Length == 0 || token[0] == '_' || token[token.Length - 1] == '_' || token.Contains("__"))
            {
                throw ErrorAt(start, "invalid integer '0" + radixChar + token + "'");
            }

            ulong value = 0;
            foreach (var c in token)
            {
                if (c == '_')
                {
                    continue;
                }

                var d = HexValue(c);
                if (d < 0 || d >= radix)
                {
                    throw ErrorAt(start, "invalid digit '" + Printable(c) + "' in integer '0" + radixChar + token + "'");
                }

                if (value > (long.MaxValue - (ulong)d) / (ulong)radix)
                {
                    throw ErrorAt(start, "integer '0" + radixChar + token + "' is out of range");
                }

                value = (value * (ulong)radix) + (ulong)d;
            }

            return (long)value;
        }

        private TomlDateTime ParseDateTime(TomlPosition start)
        {
            var begin = pos;
            while (!AtEnd && (IsDigit(Current) || Current == '-' || Current == ':' || Current == '.' || Current == '+'
                || Current == 'T' || Current == 't' || Current == 'Z' || Current == 'z'
                || (Current == ' ' && IsDigit(Peek(1)) && pos - begin == 10)))
            {
                pos++;
            }

            var token = text.Substring(begin, pos - begin);
            var normalized = token.Replace(' ', 'T').ToUpperInvariant();
            var ok = DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                || DateTime.TryParseExact(normalized, new[] { "HH:mm:ss", "HH:mm:ss.FFFFFFF" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            if (!ok)
            {
                throw ErrorAt(start, "invalid date or time '" + token + "'");
            }

            return new TomlDateTime(token);
        }

        private void ExpectEndOfLine()
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return;
            }

            if (Current == '#')
            {
                SkipComment();
                if (AtEnd)
                {
                    return;
                }
            }

            if (Current == '\n' || Current == '\r')
            {
                ReadNewline();
                return;
            }

            throw Error("expected the end of the line but found '" + Printable(Current) + "'");
        }

        private void SkipWhitespace()
        {
            while (!AtEnd && (Current == ' ' || Current == '\t'))
            {
                pos++;
            }
        }

        private void SkipWhitespaceCommentsAndNewlines()
        {
            while (!AtEnd)
            {
                var c = Current;
                if (c == ' ' || c == '\t')
                {
                    pos++;
                }
                else if (c == '\n' || c == '\r')
                {
                    ReadNewline();
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipComment()
        {
            pos++;
            while (!AtEnd && Current != '\n' && Current != '\r')
            {
                var c = Current;
                if ((c < 0x20 && c != '\t') || c == 0x7F)
                {
                    throw Error("control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " in comment");
                }

                pos++;
            }
        }

        private string ReadNewline()
        {
            if (Current == '\r')
            {
                if (Peek(1) != '\n')
                {
                    throw Error("bare carriage return (use \\n or \\r\\n line endings)");
                }

                pos += 2;
                line++;
                lineStart = pos;
                return "\r\n";
            }

            pos++;
            line++;
            lineStart = pos;
            return "\n";
        }

        private void SkipFirstNewline()
        {
            if (Current == '\n' || (Current == '\r' && Peek(1) == '\n'))
            {
                ReadNewline();
            }
        }

        private bool IsLineEndingBackslash()
        {
            var i = pos + 1;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i < text.Length && (text[i] == '\n' || text[i] == '\r');
        }

        private int CountRun(char quote)
        {
            var n = 0;
            while (pos + n < text.Length && text[pos + n] == quote)
            {
                n++;
            }

            return n;
        }

        private void CheckStringChar(char c)
        {
            if ((c < 0x20 && c != '\t') || c == 0x7F)
            {
                throw Error("control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " in string (escape it)");
            }
        }

        private char Peek(int offset) => pos + offset < text.Length ? text[pos + offset] : '\0';

        private ConfigException Error(string reason) => ErrorAt(Here, reason);

        private ConfigException ErrorAt(TomlPosition position, string reason) => new ConfigException(sourceName, position.Line, position.Column, reason);

        private static bool IsBareKeyChar(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

        private static bool IsNumberChar(char c) =>
            (c >= '0' && c <= '9') || c == '_' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static int HexValue(char c) =>
            c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
            : -1;

        private static string JoinKey(List<string> keys) => string.Join(".", keys);

        private static string Describe(object value) =>
            value is TomlTable ? "a table"
            : value is TomlArray array ? (array.IsArrayOfTables ? "an array of tables" : "an array")
            : value is string ? "a string"
            : value is long ? "an integer"
            : value is double ? "a float"
            : value is bool ? "a boolean"
            : "a date";

        private static string Printable(char c) =>
            c < 0x20 || c == 0x7F ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
    }
}

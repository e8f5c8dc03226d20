using System;
using System.Globalization;
using System.Text;

namespace SecretGuard.Core.Baselines
{
    /// <summary>
    /// A small, strict JSON (RFC 8259) parser for the baseline file, so Core (netstandard2.0, loaded inside
    /// MSBuild and the compiler) needs no JSON package. Errors carry the source name and line.
    /// </summary>
    internal sealed class MiniJsonParser
    {
        private const int MaxDepth = 64;

        private readonly string text;
        private readonly string sourceName;
        private int position;
        private int line = 1;

        private MiniJsonParser(string text, string sourceName)
        {
            this.text = text;
            this.sourceName = sourceName;
        }

        public static MiniJsonNode Parse(string text, string sourceName)
        {
            var parser = new MiniJsonParser(text ?? throw new ArgumentNullException(nameof(text)), sourceName);
            if (parser.position < text.Length && text[0] == '\uFEFF')
            {
                parser.position++;
            }

            parser.SkipWhitespace();
            var value = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser.position < text.Length)
            {
                throw parser.Error("unexpected text after the JSON value");
            }

            return value;
        }

        private MiniJsonNode ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("JSON nested too deeply");
            }

            if (position >= text.Length)
            {
                throw Error("unexpected end of file");
            }

            var c = text[position];
            switch (c)
            {
                case '{':
                    return ParseObject(depth);
                case '[':
                    return ParseArray(depth);
                case '"':
                    return new MiniJsonNode(MiniJsonKind.String, line) { Text = ParseString() };
                case 't':
                    ExpectWord("true");
                    return new MiniJsonNode(MiniJsonKind.Boolean, line) { Boolean = true };
                case 'f':
                    ExpectWord("false");
                    return new MiniJsonNode(MiniJsonKind.Boolean, line) { Boolean = false };
                case 'n':
                    ExpectWord("null");
                    return new MiniJsonNode(MiniJsonKind.Null, line);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumber();
                    }

                    throw Error($"unexpected character '{c}'");
            }
        }

        private MiniJsonNode ParseObject(int depth)
        {
            var node = new MiniJsonNode(MiniJsonKind.Object, line);
            position++; // {
            SkipWhitespace();
            if (Peek() == '}')
            {
                position++;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name in double quotes");
                }

                var name = ParseString();
                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                node.Members.Add(new System.Collections.Generic.KeyValuePair<string, MiniJsonNode>(name, ParseValue(depth + 1)));
                SkipWhitespace();
                var next = Peek();
                position++;
                if (next == '}')
                {
                    return node;
                }

                if (next != ',')
                {
                    position--;
                    throw Error("expected ',' or '}' in object");
                }
            }
        }

        private MiniJsonNode ParseArray(int depth)
        {
            var node = new MiniJsonNode(MiniJsonKind.Array, line);
            position++; // [
            SkipWhitespace();
            if (Peek() == ']')
            {
                position++;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                node.Items.Add(ParseValue(depth + 1));
                SkipWhitespace();
                var next = Peek();
                position++;
                if (next == ']')
                {
                    return node;
                }

                if (next != ',')
                {
                    position--;
                    throw Error("expected ',' or ']' in array");
                }
            }
        }

        private string ParseString()
        {
            position++; // opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error("unterminated string");
                }

                var c = text[position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    position--;
                    throw Error("control character in string");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (position >= text.Length)
                {
                    throw Error("unterminated escape");
                }

                var escape = text[position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (position + 4 > text.Length || !ushort.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape");
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        position--;
                        throw Error($"invalid escape '\\{escape}'");
                }
            }
        }

        private MiniJsonNode ParseNumber()
        {
            var start = position;
            if (Peek() == '-')
            {
                position++;
            }

            while (position < text.Length && "0123456789.eE+-".IndexOf(text[position]) >= 0)
            {
                position++;
            }

            var token = text.Substring(start, position - start);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw Error($"invalid number '{token}'");
            }

            return new MiniJsonNode(MiniJsonKind.Number, line) { Number = number };
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw Error("unexpected token (expected a JSON value)");
            }

            position += word.Length;
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error($"expected '{c}'");
            }

            position++;
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private void SkipWhitespace()
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '\n')
                {
                    line++;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private BaselineFormatException Error(string problem) => new BaselineFormatException(sourceName, line, problem);
    }
}

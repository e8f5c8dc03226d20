using System.Globalization;
using System.Text;

namespace SecretGuard.Core.Config
{
    /// <summary>
    /// Translates a Go/RE2 pattern (as written in gitleaks configs) to .NET syntax with the same meaning:
    /// <c>(?P&lt;name&gt;</c> named groups, POSIX classes (<c>[[:alnum:]]</c> …), <c>\Q…\E</c> quoting,
    /// <c>\x{HHHH}</c> and <c>\pL</c> escapes, and RE2's ASCII-only <c>\d</c>, <c>\w</c>, <c>\s</c>.
    /// Everything else (flags, <c>\z</c>, <c>\A</c>, classes, repetition) is already the same in .NET.
    /// </summary>
    internal static class GoRegexTranslator
    {
        private const string Digit = "0-9";
        private const string Word = "0-9A-Za-z_";
        private const string Space = "\\t\\n\\f\\r ";

        // Patterns without escapes, classes or groups mean the same in both engines.
        private static readonly char[] SyntaxThatDiffers = { '\\', '[', '(' };

        /// <summary>
        /// Returns the .NET pattern, or throws <see cref="GoRegexException"/> for RE2 syntax .NET cannot express.
        /// </summary>
        public static string Translate(string pattern)
        {
            if (pattern.IndexOfAny(SyntaxThatDiffers) < 0)
            {
                return pattern;
            }

            var output = new StringBuilder(pattern.Length + 16);
            var inClass = false;
            var i = 0;
            while (i < pattern.Length)
            {
                var c = pattern[i];
                if (c == '\\')
                {
                    i = TranslateEscape(pattern, i, inClass, output);
                    continue;
                }

                if (inClass)
                {
                    if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                    {
                        var end = pattern.IndexOf(":]", i + 2, System.StringComparison.Ordinal);
                        if (end > 0)
                        {
                            var name = pattern.Substring(i + 2, end - i - 2);
                            output.Append(PosixClass(name));
                            i = end + 2;
                            continue;
                        }
                    }

                    if (c == '[')
                    {
                        // A literal '[' inside a class; .NET reads "-[" as class subtraction, so escape it.
                        output.Append("\\[");
                        i++;
                        continue;
                    }

                    if (c == ']')
                    {
                        inClass = false;
                    }

                    output.Append(c);
                    i++;
                    continue;
                }

                if (c == '[')
                {
                    inClass = true;
                    output.Append(c);
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    // A ']' right after '[' or '[^' is a literal in RE2.
                    if (i < pattern.Length && pattern[i] == ']')
                    {
                        output.Append("\\]");
                        i++;
                    }

                    continue;
                }

                if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
                {
                    if (pattern[i + 2] == 'P' && i + 3 < pattern.Length && pattern[i + 3] == '<')
                    {
                        output.Append("(?<");
                        i += 4;
                        continue;
                    }

                    var flagsEnd = i + 2;
                    while (flagsEnd < pattern.Length && (char.IsLetter(pattern[flagsEnd]) || pattern[flagsEnd] == '-'))
                    {
                        if (pattern[flagsEnd] == 'U')
                        {
                            throw new GoRegexException("the ungreedy flag (?U) has no .NET equivalent; write lazy quantifiers (*?, +?) instead");
                        }

                        flagsEnd++;
                    }
                }

                output.Append(c);
                i++;
            }

            return output.ToString();
        }

        private static int TranslateEscape(string pattern, int i, bool inClass, StringBuilder output)
        {
            if (i + 1 >= pattern.Length)
            {
                throw new GoRegexException("the pattern ends with a lone backslash");
            }

            var next = pattern[i + 1];
            switch (next)
            {
                case 'Q':
                {
                    var end = pattern.IndexOf("\\E", i + 2, System.StringComparison.Ordinal);
                    var literal = end < 0 ? pattern.Substring(i + 2) : pattern.Substring(i + 2, end - i - 2);
                    foreach (var ch in literal)
                    {
                        AppendLiteral(ch, inClass, output);
                    }

                    return end < 0 ? pattern.Length : end + 2;
                }

                case 'd':
                    output.Append(inClass ? Digit : "[" + Digit + "]");
                    return i + 2;
                case 'w':
                    output.Append(inClass ? Word : "[" + Word + "]");
                    return i + 2;
                case 's':
                    output.Append(inClass ? Space : "[" + Space + "]");
                    return i + 2;
                case 'D':
                    output.Append(inClass ? "\\D" : "[^" + Digit + "]");
                    return i + 2;
                case 'W':
                    output.Append(inClass ? "\\W" : "[^" + Word + "]");
                    return i + 2;
                case 'S':
                    output.Append(inClass ? "\\S" : "[^" + Space + "]");
                    return i + 2;
                case 'x':
                    if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                    {
                        var close = pattern.IndexOf('}', i + 3);
                        if (close < 0
                            || !int.TryParse(pattern.Substring(i + 3, close - i - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                            || code > 0x10FFFF)
                        {
                            throw new GoRegexException("invalid \\x{…} escape");
                        }

                        AppendLiteral(code, inClass, output);
                        return close + 1;
                    }

                    break;
                case 'p':
                case 'P':
                    if (i + 2 < pattern.Length && pattern[i + 2] != '{')
                    {
                        // RE2's one-letter form \pL is \p{L} in .NET.
                        output.Append('\\').Append(next).Append('{').Append(pattern[i + 2]).Append('}');
                        return i + 3;
                    }

                    break;
                case 'C':
                    throw new GoRegexException("\\C (any byte) has no .NET equivalent");
            }

            output.Append('\\').Append(next);
            return i + 2;
        }

        private static void AppendLiteral(int codePoint, bool inClass, StringBuilder output)
        {
            if (codePoint > 0xFFFF)
            {
                if (inClass)
                {
                    throw new GoRegexException("characters beyond U+FFFF inside a character class are not supported");
                }

                output.Append("(?:").Append(char.ConvertFromUtf32(codePoint)).Append(')');
                return;
            }

            var ch = (char)codePoint;
            if (char.IsLetterOrDigit(ch) || ch == '_' || ch > 0x7F)
            {
                output.Append(ch);
            }
            else if (ch < 0x20 || ch == 0x7F)
            {
                output.Append("\\u").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (ch == ' ')
            {
                output.Append(' ');
            }
            else
            {
                output.Append('\\').Append(ch);
            }
        }

        private static string PosixClass(string name)
        {
            switch (name)
            {
                case "alnum": return "0-9A-Za-z";
                case "alpha": return "A-Za-z";
                case "ascii": return "\\x00-\\x7F";
                case "blank": return "\\t ";
                case "cntrl": return "\\x00-\\x1F\\x7F";
                case "digit": return Digit;
                case "graph": return "!-~";
                case "lower": return "a-z";
                case "print": return " -~";
                case "punct": return "!-/:-@\\[-`{-~";
                case "space": return "\\t\\n\\v\\f\\r ";
                case "upper": return "A-Z";
                case "word": return Word;
                case "xdigit": return "0-9A-Fa-f";
                default:
                    throw new GoRegexException(name.StartsWith("^", System.StringComparison.Ordinal)
                        ? "negated POSIX class [:" + name + ":] is not supported; use [^[:" + name.Substring(1) + ":]]"
                        : "unknown POSIX class [:" + name + ":]");
            }
        }
    }
}

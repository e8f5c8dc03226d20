namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Derives a pattern's <see cref="RegexRequirements"/> by walking its .NET syntax (System.Text.RegularExpressions
    /// keeps its own parse tree internal). Conservative by construction: a construct that could match less is
    /// counted at its least (lookarounds, anchors and backreferences count zero characters and require nothing,
    /// an alternation requires only what all its branches require, an optional part nothing), and anything the
    /// walk does not know for certain (conditionals, <c>(?x)</c>, an unknown escape, POSIX-like class names, a
    /// syntax error) yields <see cref="RegexRequirements.None"/>. Required characters are ASCII non-letters
    /// written literally, which no option (<c>(?i)</c> included) lets match anything but themselves.
    /// </summary>
    internal sealed class RegexRequirementParser
    {
        // Far above any real minimum; keeps sums of nested counted repetitions from overflowing.
        private const long LengthCap = 1 << 20;

        private readonly string pattern;
        private int pos;
        private bool failed;

        private RegexRequirementParser(string pattern)
        {
            this.pattern = pattern;
        }

        public static RegexRequirements Analyze(string pattern)
        {
            if (string.IsNullOrEmpty(pattern))
            {
                return RegexRequirements.None;
            }

            var parser = new RegexRequirementParser(pattern);
            var facts = parser.ParseAlternation();
            if (parser.failed || parser.pos != pattern.Length || (facts.MinLength == 0 && facts.Low == 0 && facts.High == 0))
            {
                return RegexRequirements.None;
            }

            return new RegexRequirements((int)facts.MinLength, facts.Low, facts.High);
        }

        private bool AtEnd => pos >= pattern.Length;

        private Facts ParseAlternation()
        {
            var result = ParseSequence();
            while (!failed && !AtEnd && pattern[pos] == '|')
            {
                pos++;
                var branch = ParseSequence();
                result = new Facts(System.Math.Min(result.MinLength, branch.MinLength), result.Low & branch.Low, result.High & branch.High);
            }

            return result;
        }

        private Facts ParseSequence()
        {
            long min = 0;
            ulong low = 0;
            ulong high = 0;
            while (!failed && !AtEnd && pattern[pos] != '|' && pattern[pos] != ')')
            {
                var atom = ParseAtom();
                if (failed)
                {
                    break;
                }

                var times = ParseQuantifierMinimum();
                if (times == 0)
                {
                    continue;
                }

                min = System.Math.Min(LengthCap, min + (atom.MinLength * times));
                low |= atom.Low;
                high |= atom.High;
            }

            return new Facts(min, low, high);
        }

        /// <summary>The least number of repetitions the quantifier after an atom allows (1 when there is none).</summary>
        private long ParseQuantifierMinimum()
        {
            if (AtEnd)
            {
                return 1;
            }

            long times;
            switch (pattern[pos])
            {
                case '*':
                case '?':
                    pos++;
                    times = 0;
                    break;
                case '+':
                    pos++;
                    times = 1;
                    break;
                case '{':
                    if (!TryParseBraces(out times))
                    {
                        return 1; // Not a quantifier: the '{' is a literal, the next atom.
                    }

                    break;
                default:
                    return 1;
            }

            if (!AtEnd && pattern[pos] == '?')
            {
                pos++; // Lazy: the same minimum.
            }

            if (!AtEnd && (pattern[pos] == '*' || pattern[pos] == '+' || pattern[pos] == '?' || pattern[pos] == '{'))
            {
                // A nested quantifier is a syntax error in .NET; a '{' here would need telling apart. Give up.
                failed = true;
            }

            return times;
        }

        /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at <see cref="pos"/>: consumes it and gives n.</summary>
        private bool TryParseBraces(out long times)
        {
            times = 0;
            var i = pos + 1;
            var digits = 0;
            while (i < pattern.Length && pattern[i] >= '0' && pattern[i] <= '9')
            {
                times = System.Math.Min(LengthCap, (times * 10) + (pattern[i] - '0'));
                i++;
                digits++;
            }

            if (digits == 0 || i >= pattern.Length)
            {
                return false;
            }

            if (pattern[i] == ',')
            {
                i++;
                while (i < pattern.Length && pattern[i] >= '0' && pattern[i] <= '9')
                {
                    i++;
                }
            }

            if (i >= pattern.Length || pattern[i] != '}')
            {
                return false;
            }

            pos = i + 1;
            return true;
        }

        private Facts ParseAtom()
        {
            var c = pattern[pos];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    SkipClass();
                    return new Facts(1, 0, 0);
                case '\\':
                    return ParseEscape();
                case '.':
                    pos++;
                    return new Facts(1, 0, 0);
                case '^':
                case '$':
                    pos++;
                    return default;
                case '*':
                case '+':
                case '?':
                    failed = true; // A quantifier following nothing.
                    return default;
                default:
                    pos++;
                    return Literal(c);
            }
        }

        private Facts ParseGroup()
        {
            pos++; // '('
            var zeroWidth = false;
            if (!AtEnd && pattern[pos] == '?')
            {
                pos++;
                if (AtEnd)
                {
                    failed = true;
                    return default;
                }

                var kind = pattern[pos];
                if (kind == ':' || kind == '>')
                {
                    pos++;
                }
                else if (kind == '=' || kind == '!')
                {
                    pos++;
                    zeroWidth = true;
                }
                else if (kind == '<' && pos + 1 < pattern.Length && (pattern[pos + 1] == '=' || pattern[pos + 1] == '!'))
                {
                    pos += 2;
                    zeroWidth = true;
                }
                else if (kind == '<' || kind == '\'')
                {
                    // A named (or balancing) group: its content still has to match.
                    var close = pattern.IndexOf(kind == '<' ? '>' : '\'', pos + 1);
                    if (close < 0)
                    {
                        failed = true;
                        return default;
                    }

                    pos = close + 1;
                }
                else if (kind == '#')
                {
                    var end = pattern.IndexOf(')', pos);
                    if (end < 0)
                    {
                        failed = true;
                        return default;
                    }

                    pos = end + 1;
                    return default;
                }
                else if (!SkipInlineOptions())
                {
                    return default;
                }
                else if (pattern[pos] == ')')
                {
                    pos++; // (?imns-imns): options for the rest of the enclosing group, no characters.
                    return default;
                }
                else
                {
                    pos++; // (?imns-imns: …)
                }
            }

            var content = ParseAlternation();
            if (failed || AtEnd || pattern[pos] != ')')
            {
                failed = true;
                return default;
            }

            pos++;
            return zeroWidth ? default : content;
        }

        /// <summary>Inline options at <see cref="pos"/>; false (and failed) for <c>x</c>, a conditional or anything unknown.</summary>
        private bool SkipInlineOptions()
        {
            while (!AtEnd)
            {
                var c = pattern[pos];
                if (c == ')' || c == ':')
                {
                    return true;
                }

                if (c != 'i' && c != 'm' && c != 'n' && c != 's' && c != '-')
                {
                    // 'x' changes how the rest of the pattern reads; '(' is a conditional. Neither is analysed.
                    failed = true;
                    return false;
                }

                pos++;
            }

            failed = true;
            return false;
        }

        private Facts ParseEscape()
        {
            pos++; // '\'
            if (AtEnd)
            {
                failed = true;
                return default;
            }

            var c = pattern[pos++];
            switch (c)
            {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return default;
                case 'd':
                case 'D':
                case 'w':
                case 'W':
                case 's':
                case 'S':
                case 't':
                case 'n':
                case 'r':
                case 'f':
                case 'v':
                case 'e':
                case 'a':
                    return new Facts(1, 0, 0);
                case 'p':
                case 'P':
                    return SkipTo('}') ? new Facts(1, 0, 0) : default;
                case 'x':
                    return SkipCount(2) ? new Facts(1, 0, 0) : default;
                case 'u':
                    return SkipCount(4) ? new Facts(1, 0, 0) : default;
                case 'c':
                    return SkipCount(1) ? new Facts(1, 0, 0) : default;
                case 'k':
                    if (!AtEnd && (pattern[pos] == '<' || pattern[pos] == '\''))
                    {
                        SkipTo(pattern[pos] == '<' ? '>' : '\''); // A backreference: possibly empty.
                        return default;
                    }

                    failed = true;
                    return default;
                default:
                    if (c >= '0' && c <= '9')
                    {
                        // A backreference (possibly empty) or an octal escape (one character): count it as nothing.
                        while (!AtEnd && pattern[pos] >= '0' && pattern[pos] <= '9')
                        {
                            pos++;
                        }

                        return default;
                    }

                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                    {
                        failed = true; // An escape this walk does not know.
                        return default;
                    }

                    return Literal(c);
            }
        }

        /// <summary>Moves past the next <paramref name="close"/> (e.g. the end of <c>\p{…}</c>).</summary>
        private bool SkipTo(char close)
        {
            var end = pattern.IndexOf(close, pos);
            if (end < 0)
            {
                failed = true;
                return false;
            }

            pos = end + 1;
            return true;
        }

        private bool SkipCount(int count)
        {
            if (pos + count > pattern.Length)
            {
                failed = true;
                return false;
            }

            pos += count;
            return true;
        }

        /// <summary>Moves past a character class (one character whatever it holds), subtractions included.</summary>
        private void SkipClass()
        {
            pos++; // '['
            if (!AtEnd && pattern[pos] == '^')
            {
                pos++;
            }

            if (!AtEnd && pattern[pos] == ']')
            {
                pos++; // A ']' first is a member.
            }

            while (!AtEnd)
            {
                var c = pattern[pos];
                if (c == '\\')
                {
                    pos += 2;
                    continue;
                }

                if (c == '[')
                {
                    if (pos + 1 < pattern.Length && pattern[pos + 1] == ':')
                    {
                        failed = true; // .NET skips POSIX-like names such as [:alpha:] inside a class: not analysed.
                        return;
                    }

                    pos++;
                    continue;
                }

                if (c == '-' && pos + 1 < pattern.Length && pattern[pos + 1] == '[')
                {
                    pos++;
                    SkipClass(); // Subtraction: [a-z-[aeiou]]; the outer ']' must follow.
                    if (failed || AtEnd || pattern[pos] != ']')
                    {
                        failed = true;
                        return;
                    }

                    pos++;
                    return;
                }

                pos++;
                if (c == ']')
                {
                    return;
                }
            }

            failed = true;
        }

        /// <summary>A literal character: one character, required when it is ASCII and not a letter.</summary>
        private static Facts Literal(char c)
        {
            if (c >= 128 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                return new Facts(1, 0, 0);
            }

            return c < 64 ? new Facts(1, 1UL << c, 0) : new Facts(1, 0, 1UL << (c - 64));
        }

        private readonly struct Facts
        {
            public readonly long MinLength;
            public readonly ulong Low;
            public readonly ulong High;

            public Facts(long minLength, ulong low, ulong high)
            {
                MinLength = minLength;
                Low = low;
                High = high;
            }
        }
    }
}

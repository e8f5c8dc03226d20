using System;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// 1-based line/column lookups in a text. Lookups usually come in increasing order (findings sorted by position),
    /// so newlines are counted forward from the previous lookup: a text with a single finding near its top is not
    /// read to its end.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly string text;
        private int knownOffset;
        private int knownLine = 1;
        private int knownLineStart;

        public LineMap(string text)
        {
            this.text = text;
        }

        /// <summary>1-based line and column of an offset.</summary>
        public (int Line, int Column) Locate(int offset)
        {
            if (offset < knownOffset)
            {
                knownOffset = 0;
                knownLine = 1;
                knownLineStart = 0;
            }

            var segment = text.AsSpan(knownOffset, offset - knownOffset);
            var newlines = CountNewlines(segment);
            if (newlines > 0)
            {
                knownLine += newlines;
                knownLineStart = knownOffset + segment.LastIndexOf('\n') + 1;
            }

            knownOffset = offset;
            return (knownLine, offset - knownLineStart + 1);
        }

        public static int LineStart(string text, int offset)
        {
            if (offset <= 0)
            {
                return 0;
            }

            var newline = text.LastIndexOf('\n', offset - 1);
            return newline + 1;
        }

        /// <summary>Offset of the end of the line holding <paramref name="offset"/> (the '\n' or the text's end), after skipping <paramref name="extraLines"/> more lines.</summary>
        public static int LineEnd(string text, int offset, int extraLines)
        {
            var position = offset;
            for (var i = 0; ; i++)
            {
                var newline = position >= text.Length ? -1 : text.IndexOf('\n', position);
                if (newline < 0)
                {
                    return text.Length;
                }

                if (i >= extraLines)
                {
                    return newline;
                }

                position = newline + 1;
            }
        }

        private static int CountNewlines(ReadOnlySpan<char> segment)
        {
#if NET
            return segment.Count('\n');
#else
            var count = 0;
            var index = segment.IndexOf('\n');
            while (index >= 0)
            {
                count++;
                segment = segment.Slice(index + 1);
                index = segment.IndexOf('\n');
            }

            return count;
#endif
        }
    }
}

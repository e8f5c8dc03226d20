using System.Collections.Generic;

namespace SecretGuard.Core.Detection
{
    /// <summary>Offsets of line starts in a text, built on first use, for 1-based line/column lookups.</summary>
    internal sealed class LineMap
    {
        private readonly string text;
        private int[]? lineStarts;

        public LineMap(string text)
        {
            this.text = text;
        }

        /// <summary>1-based line and column of an offset.</summary>
        public (int Line, int Column) Locate(int offset)
        {
            var starts = lineStarts ??= Build(text);
            var index = System.Array.BinarySearch(starts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - starts[index] + 1);
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

        private static int[] Build(string text)
        {
            var starts = new List<int> { 0 };
            var index = text.IndexOf('\n');
            while (index >= 0)
            {
                starts.Add(index + 1);
                index = index + 1 < text.Length ? text.IndexOf('\n', index + 1) : -1;
            }

            return starts.ToArray();
        }
    }
}

using System;

namespace SecretGuard.Core.Baselines
{
    /// <summary>A baseline or ignore file that cannot be read; the message names the source and the line.</summary>
    public sealed class BaselineFormatException : Exception
    {
        public BaselineFormatException(string sourceName, int line, string problem)
            : base($"{sourceName}({line}): {problem}")
        {
            SourceName = sourceName;
            Line = line;
            Problem = problem;
        }

        public string SourceName { get; }

        public int Line { get; }

        public string Problem { get; }
    }
}

using System;

namespace SecretGuard.Core.Config
{
    /// <summary>
    /// A configuration or rule file that cannot be loaded. The message names the source, line and column
    /// (<c>source(line,col): message</c>) and never contains a secret.
    /// </summary>
    public sealed class ConfigException : Exception
    {
        public ConfigException(string sourceName, int line, int column, string reason)
            : base(Format(sourceName, line, column, reason))
        {
            SourceName = sourceName;
            Line = line;
            Column = column;
            Reason = reason;
        }

        /// <summary>The file name (or other label) the text came from.</summary>
        public string SourceName { get; }

        /// <summary>1-based line of the problem; 0 when it concerns the whole source.</summary>
        public int Line { get; }

        /// <summary>1-based column of the problem; 0 when unknown.</summary>
        public int Column { get; }

        /// <summary>The message without the location prefix.</summary>
        public string Reason { get; }

        private static string Format(string sourceName, int line, int column, string reason)
        {
            if (line <= 0)
            {
                return sourceName + ": " + reason;
            }

            return column <= 0
                ? sourceName + "(" + line + "): " + reason
                : sourceName + "(" + line + "," + column + "): " + reason;
        }
    }
}

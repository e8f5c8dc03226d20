namespace SecretGuard.Core.Config.Toml
{
    /// <summary>A 1-based line and column in a TOML text.</summary>
    internal readonly struct TomlPosition
    {
        public TomlPosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => "(" + Line + "," + Column + ")";
    }
}

namespace SecretGuard.Core.Config.Toml
{
    /// <summary>
    /// A TOML date, time or date-time, kept as its text (the rule format has no date fields; the parser
    /// accepts them so any valid TOML loads).
    /// </summary>
    internal sealed class TomlDateTime
    {
        public TomlDateTime(string text)
        {
            Text = text;
        }

        public string Text { get; }

        public override string ToString() => Text;
    }
}

using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Config.Toml
{
    /// <summary>
    /// A TOML table: keys in document order, each with the position where it was written. Values are
    /// <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
    /// <see cref="TomlDateTime"/>, <see cref="TomlArray"/> or <see cref="TomlTable"/>.
    /// </summary>
    internal sealed class TomlTable
    {
        private readonly Dictionary<string, object> values = new Dictionary<string, object>(StringComparer.Ordinal);
        private readonly Dictionary<string, TomlPosition> positions = new Dictionary<string, TomlPosition>(StringComparer.Ordinal);
        private readonly List<string> keys = new List<string>();

        public TomlTable(string sourceName, TomlPosition position, TomlTableKind kind)
        {
            SourceName = sourceName;
            Position = position;
            Kind = kind;
        }

        /// <summary>The source the table was parsed from (for error messages).</summary>
        public string SourceName { get; }

        /// <summary>Where the table starts (its header, its inline brace, or its first dotted key).</summary>
        public TomlPosition Position { get; }

        /// <summary>How the table came to exist; decides whether it may be reopened.</summary>
        public TomlTableKind Kind { get; internal set; }

        /// <summary>Keys in the order they were written.</summary>
        public IReadOnlyList<string> Keys => keys;

        public int Count => keys.Count;

        public bool ContainsKey(string key) => values.ContainsKey(key);

        public bool TryGetValue(string key, out object value) => values.TryGetValue(key, out value!);

        /// <summary>Where <paramref name="key"/> was written; the table's own position when absent.</summary>
        public TomlPosition PositionOf(string key) => positions.TryGetValue(key, out var position) ? position : Position;

        /// <summary>A <see cref="ConfigException"/> located at <paramref name="key"/>.</summary>
        public ConfigException Error(string key, string reason)
        {
            var position = PositionOf(key);
            return new ConfigException(SourceName, position.Line, position.Column, reason);
        }

        internal void Add(string key, object value, TomlPosition position)
        {
            values.Add(key, value);
            positions.Add(key, position);
            keys.Add(key);
        }
    }
}

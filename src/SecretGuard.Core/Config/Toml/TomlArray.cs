using System.Collections.Generic;

namespace SecretGuard.Core.Config.Toml
{
    /// <summary>
    /// A TOML array: either a value array (<c>[1, 2]</c>) or an array of tables built by <c>[[name]]</c>
    /// headers. Items are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
    /// <see cref="TomlDateTime"/>, <see cref="TomlArray"/> or <see cref="TomlTable"/>.
    /// </summary>
    internal sealed class TomlArray
    {
        private readonly List<object> items = new List<object>();
        private readonly List<TomlPosition> positions = new List<TomlPosition>();

        public TomlArray(TomlPosition position, bool isArrayOfTables)
        {
            Position = position;
            IsArrayOfTables = isArrayOfTables;
        }

        /// <summary>Where the array (or its first <c>[[header]]</c>) starts.</summary>
        public TomlPosition Position { get; }

        /// <summary>True when built by <c>[[name]]</c> headers (and so can still be appended to).</summary>
        public bool IsArrayOfTables { get; }

        public int Count => items.Count;

        public object this[int index] => items[index];

        public IReadOnlyList<object> Items => items;

        public TomlPosition PositionOf(int index) => positions[index];

        internal void Add(object item, TomlPosition position)
        {
            items.Add(item);
            positions.Add(position);
        }
    }
}

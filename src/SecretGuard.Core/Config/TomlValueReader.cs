using System.Collections.Generic;
using SecretGuard.Core.Config.Toml;

namespace SecretGuard.Core.Config
{
    /// <summary>Typed reads of optional TOML keys; a value of the wrong type is a <see cref="ConfigException"/> at the key.</summary>
    internal static class TomlValueReader
    {
        public static string? GetString(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return null;
            }

            return value as string ?? throw table.Error(key, "'" + key + "' must be a string");
        }

        public static long? GetInteger(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return null;
            }

            return value is long l ? l : throw table.Error(key, "'" + key + "' must be an integer");
        }

        public static double? GetNumber(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return null;
            }

            return value is double d ? d
                : value is long l ? l
                : throw table.Error(key, "'" + key + "' must be a number");
        }

        public static bool? GetBoolean(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return null;
            }

            return value is bool b ? b : throw table.Error(key, "'" + key + "' must be true or false");
        }

        public static string[] GetStringArray(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return new string[0];
            }

            if (!(value is TomlArray array) || array.IsArrayOfTables)
            {
                throw table.Error(key, "'" + key + "' must be an array of strings");
            }

            var result = new string[array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                if (!(array[i] is string item))
                {
                    var position = array.PositionOf(i);
                    throw new ConfigException(table.SourceName, position.Line, position.Column, "'" + key + "' must contain only strings");
                }

                result[i] = item;
            }

            return result;
        }

        public static TomlTable? GetTable(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return null;
            }

            return value as TomlTable ?? throw table.Error(key, "'" + key + "' must be a table ([" + key + "])");
        }

        /// <summary>An array of tables, written as <c>[[key]]</c> blocks or as an array of inline tables.</summary>
        public static IReadOnlyList<TomlTable> GetTableArray(TomlTable table, string key)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return new TomlTable[0];
            }

            if (!(value is TomlArray array))
            {
                throw table.Error(key, "'" + key + "' must be an array of tables ([[" + key + "]])");
            }

            var result = new TomlTable[array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                if (!(array[i] is TomlTable item))
                {
                    var position = array.PositionOf(i);
                    throw new ConfigException(table.SourceName, position.Line, position.Column, "'" + key + "' must contain only tables");
                }

                result[i] = item;
            }

            return result;
        }

        /// <summary>Rejects keys outside <paramref name="known"/> (used for the built-in catalog, where a typo must fail the build).</summary>
        public static void RejectUnknownKeys(TomlTable table, string context, params string[] known)
        {
            foreach (var key in table.Keys)
            {
                if (System.Array.IndexOf(known, key) < 0)
                {
                    throw table.Error(key, "unknown key '" + key + "' in " + context + " (expected one of: " + string.Join(", ", known) + ")");
                }
            }
        }
    }
}

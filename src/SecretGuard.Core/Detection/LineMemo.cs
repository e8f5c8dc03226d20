using System.Runtime.CompilerServices;
using System.Threading;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Scan results by line content for one path: an open-addressing hash table that is read without a lock and
    /// written under one (lookups outnumber additions by orders of magnitude: most lines of a revision were seen in
    /// the previous one). A value is published after its key, so a reader that sees a value sees its key; growing
    /// builds a new table and publishes it whole.
    /// </summary>
    internal sealed class LineMemo<TValue>
        where TValue : class
    {
        private readonly object gate = new object();
        private Table table = new Table(64);

        public int Count => Volatile.Read(ref table).Count;

        [MethodImpl(HotPath.Options)]
        public bool TryGet(LineKey key, out TValue? value) => Volatile.Read(ref table).TryGet(key, out value);

        /// <summary>Adds the value unless the key is already there; true when added.</summary>
        public bool TryAdd(LineKey key, TValue value)
        {
            lock (gate)
            {
                var current = table;
                if (current.TryGet(key, out _))
                {
                    return false;
                }

                if ((current.Count + 1) * 2 > current.Capacity)
                {
                    current = current.Grow();
                    Volatile.Write(ref table, current);
                }

                current.Insert(key, value);
                return true;
            }
        }

        /// <summary>Keys and values side by side, so a lookup touches one cache line (the tables of a history's paths do not all fit in cache).</summary>
        private struct Entry
        {
            public LineKey Key;
            public TValue? Value;
        }

        private sealed class Table
        {
            private readonly Entry[] entries;
            private readonly int mask;

            public Table(int capacity)
            {
                entries = new Entry[capacity];
                mask = capacity - 1;
            }

            public int Capacity => entries.Length;

            public int Count { get; private set; }

            [MethodImpl(HotPath.Options)]
            public bool TryGet(LineKey key, out TValue? value)
            {
                var slot = key.GetHashCode() & mask;
                while (true)
                {
                    ref var entry = ref entries[slot];
                    value = Volatile.Read(ref entry.Value);
                    if (value is null)
                    {
                        return false;
                    }

                    if (entry.Key.Equals(key))
                    {
                        return true;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            /// <summary>Inserts a key known to be absent (caller holds the lock and keeps the table under half full).</summary>
            public void Insert(LineKey key, TValue value)
            {
                var slot = key.GetHashCode() & mask;
                while (entries[slot].Value is not null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot].Key = key;
                Volatile.Write(ref entries[slot].Value, value);
                Count++;
            }

            public Table Grow()
            {
                var bigger = new Table(entries.Length * 2);
                foreach (var entry in entries)
                {
                    if (entry.Value is { } value)
                    {
                        bigger.Insert(entry.Key, value);
                    }
                }

                return bigger;
            }
        }
    }
}

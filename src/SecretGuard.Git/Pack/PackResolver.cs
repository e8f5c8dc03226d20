using System.Buffers;
using System.Runtime.CompilerServices;

namespace SecretGuard.Git.Pack;

/// <summary>
/// Resolves the wanted entries of a pack the way <c>git index-pack</c> does: each whole object is inflated once,
/// then its deltas are applied from it depth first, so no delta chain is ever re-resolved and only the chain being
/// worked on is held in memory. Subtrees with nothing wanted are not visited. Delta families are shared out
/// among threads.
/// </summary>
internal static unsafe class PackResolver
{
    // git never writes delta chains deeper than 4095; deeper ones are treated as corrupt, which keeps the recursion bounded.
    private const int MaxDepth = 4095;

    /// <summary>
    /// Resolves every entry with <c>wanted[entry]</c> and hands it to <paramref name="sink"/>. A wanted object that
    /// no wanted delta depends on and whose size exceeds <paramref name="maxSize"/> is reported as too large unread.
    /// </summary>
    public static void Resolve(PackFile pack, PackEntries entries, bool[] wanted, long maxSize, int threads, IPackObjectSink sink)
    {
        var needed = MarkNeeded(entries, wanted, out var roots);
        if (roots.Count == 0)
        {
            return;
        }

        // Families of one file lie next to each other in pack order; threads take families from opposite ends
        // so they seldom work on the same file at once (they would contend for its scan results).
        var gate = new object();
        var front = 0;
        var back = roots.Count - 1;
        int Claim(bool fromFront)
        {
            lock (gate)
            {
                return front > back ? -1 : fromFront ? roots[front++] : roots[back--];
            }
        }

        void Work(bool fromFront)
        {
            using var inflater = new ObjectInflater();
            var walker = new FamilyWalker(pack, entries, wanted, needed, maxSize, inflater, sink);
            int root;
            while ((root = Claim(fromFront)) >= 0)
            {
                walker.Visit(root, default, depth: 0);
            }
        }

        var count = Math.Clamp(threads, 1, Math.Max(1, roots.Count));
        if (count == 1)
        {
            Work(fromFront: true);
            return;
        }

        var tasks = new Task[count - 1];
        for (var i = 0; i < tasks.Length; i++)
        {
            var fromFront = i % 2 == 1;
            tasks[i] = Task.Factory.StartNew(() => Work(fromFront), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Work(fromFront: true);
        Task.WaitAll(tasks);
    }

    /// <summary>Marks each wanted entry and its bases as needed; returns the whole objects at the top of needed chains.</summary>
    private static bool[] MarkNeeded(PackEntries entries, bool[] wanted, out List<int> roots)
    {
        var needed = new bool[entries.Count];
        roots = new List<int>();
        for (var entry = 0; entry < entries.Count; entry++)
        {
            if (!wanted[entry] || entries.Kind[entry] == PackEntryKind.None)
            {
                continue;
            }

            var current = entry;
            while (current >= 0 && !needed[current])
            {
                needed[current] = true;
                if (!entries.IsDelta[current])
                {
                    roots.Add(current);
                    break;
                }

                current = entries.Parent[current];
            }
        }

        return needed;
    }

    /// <summary>One thread's depth-first walk through delta families (buffers come from the shared pool).</summary>
    private sealed class FamilyWalker(PackFile pack, PackEntries entries, bool[] wanted, bool[] needed, long maxSize, ObjectInflater inflater, IPackObjectSink sink)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
        public void Visit(int entry, ReadOnlySpan<byte> source, int depth)
        {
            if (depth > MaxDepth)
            {
                FailFamily(entry, $"is at the end of a delta chain deeper than {MaxDepth}");
                return;
            }

            var hasNeededChildren = false;
            foreach (var child in entries.ChildrenOf(entry))
            {
                if (needed[child])
                {
                    hasNeededChildren = true;
                    break;
                }
            }

            byte[]? buffer = null;
            try
            {
                var length = Materialize(entry, source, isRoot: depth == 0, hasNeededChildren, out buffer, out var error);
                if (error is not null)
                {
                    FailFamily(entry, error);
                    return;
                }

                if (buffer is null)
                {
                    sink.TooLarge(pack, entries, entry, length);
                    return;
                }

                var content = buffer.AsSpan(0, (int)length);
                if (wanted[entry])
                {
                    sink.Resolved(pack, entries, entry, content);
                }

                if (hasNeededChildren)
                {
                    foreach (var child in entries.ChildrenOf(entry))
                    {
                        if (needed[child])
                        {
                            Visit(child, content, depth + 1);
                        }
                    }
                }
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        /// <summary>
        /// Inflates a whole object, or inflates a delta and applies it to <paramref name="source"/>. Returns the
        /// object's length; <paramref name="buffer"/> is null when it was too large to read (and nothing needs it).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
        private long Materialize(int entry, ReadOnlySpan<byte> source, bool isRoot, bool hasNeededChildren, out byte[]? buffer, out string? error)
        {
            buffer = null;
            error = null;
            var size = entries.Size[entry];
            var start = entries.DataStart[entry];
            var available = entries.DataEnd[entry] - start;
            if (isRoot)
            {
                if (!hasNeededChildren && size > maxSize)
                {
                    return size;
                }

                if (size > Array.MaxLength)
                {
                    error = $"is too large to read ({size} bytes)";
                    return 0;
                }

                buffer = ArrayPool<byte>.Shared.Rent((int)size);
                if (!inflater.TryInflate(pack.Pointer(start), available, buffer.AsSpan(0, (int)size)))
                {
                    error = "has corrupt compressed data in its pack";
                }

                return size;
            }

            if (size > Array.MaxLength)
            {
                error = "has a corrupt delta (too large)";
                return 0;
            }

            var delta = ArrayPool<byte>.Shared.Rent((int)size);
            try
            {
                var deltaSpan = delta.AsSpan(0, (int)size);
                if (!inflater.TryInflate(pack.Pointer(start), available, deltaSpan)
                    || !GitDelta.TryReadSizes(deltaSpan, out _, out var resultSize, out _)
                    || resultSize > Array.MaxLength)
                {
                    error = "has a corrupt delta in its pack";
                    return 0;
                }

                if (!hasNeededChildren && resultSize > maxSize)
                {
                    return resultSize;
                }

                buffer = ArrayPool<byte>.Shared.Rent((int)resultSize);
                if (!GitDelta.TryApply(source, deltaSpan, buffer.AsSpan(0, (int)resultSize)))
                {
                    error = "has a delta that does not apply to its base";
                }

                return resultSize;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(delta);
            }
        }

        /// <summary>Reports <paramref name="entry"/> and every wanted delta built on it as failed.</summary>
        private void FailFamily(int entry, string error)
        {
            var pending = new Stack<int>();
            pending.Push(entry);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (wanted[current])
                {
                    sink.Failed(pack, entries, current, current == entry ? error : $"is a delta of object {entries.Ids[entry].ToHex()}, which {error}");
                }

                foreach (var child in entries.ChildrenOf(current))
                {
                    if (needed[child])
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}

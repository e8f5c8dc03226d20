using System;
using System.Collections.Concurrent;
using System.Threading;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// The additional files (SG0004) whose last scan in this process found nothing, by path, with the text that was
    /// scanned. A compiler server (and the IDE) analyzes the same configuration files build after build: an unchanged
    /// file is compared with the text it had (one ordinal comparison) instead of scanned again, which for a catalog of
    /// rule files full of keywords cost a build ~10 ms of CPU. The verdict depends only on the path and the text (the
    /// scanner is the built-in one, fixed for the process; options act on findings, and there are none), so it stays
    /// valid for any compilation. Only clean texts are kept (no secret stays in memory longer than a scan), bounded
    /// in total size; when the budget is spent, new files are simply scanned every time.
    /// </summary>
    internal static class CleanAdditionalFiles
    {
        /// <summary>Characters of clean text kept at most (about 8 MB), over all paths.</summary>
        internal const int MaxCachedChars = 4 * 1024 * 1024;

        private static readonly ConcurrentDictionary<string, string> TextByPath = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        private static int cachedChars;

        /// <summary>True when <paramref name="text"/> is exactly the text <paramref name="path"/> had when a scan found nothing in it.</summary>
        public static bool IsKnownClean(string path, string text)
            => TextByPath.TryGetValue(path, out var clean) && string.Equals(clean, text, StringComparison.Ordinal);

        /// <summary>Remembers that scanning <paramref name="text"/> at <paramref name="path"/> found nothing.</summary>
        public static void Remember(string path, string text)
        {
            if (TextByPath.TryGetValue(path, out var previous))
            {
                // The file changed since: replace its text, and drop it if the larger text overdraws the budget.
                if (TextByPath.TryUpdate(path, text, previous)
                    && Interlocked.Add(ref cachedChars, text.Length - previous.Length) > MaxCachedChars)
                {
                    Forget(path);
                }

                return;
            }

            if (Interlocked.Add(ref cachedChars, text.Length) > MaxCachedChars || !TextByPath.TryAdd(path, text))
            {
                Interlocked.Add(ref cachedChars, -text.Length);
            }
        }

        /// <summary>Forgets <paramref name="path"/>: its text now holds findings.</summary>
        public static void Forget(string path)
        {
            if (TextByPath.TryRemove(path, out var removed))
            {
                Interlocked.Add(ref cachedChars, -removed.Length);
            }
        }
    }
}

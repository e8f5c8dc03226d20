using System;
using System.Collections.Generic;
using SecretGuard.Core.Rules;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// A per-literal gate in front of the scanner: the scanner's own prefilter is built for files, and calling it
    /// for each of a project's many short literals costs more than the search itself. This gate answers "could any
    /// catalog keyword occur here?" exactly, with one pass over the literal and no allocation: a bitmap of the
    /// lower-cased three-character prefixes of all keywords rejects almost every position, and a hit is confirmed
    /// against the keywords that start with that prefix (shorter keywords are checked directly). Built once per process
    /// from <see cref="RuleCatalog.BuiltIn"/>'s specific (non-generic) rules, the ones C# literals are checked
    /// against. Rules without keywords make the gate always open.
    /// </summary>
    internal sealed class CatalogPrefilter
    {
        private const int TableBits = 20;
        private static readonly Lazy<CatalogPrefilter> Instance = new Lazy<CatalogPrefilter>(() => new CatalogPrefilter(RuleCatalog.BuiltIn, includeGeneric: false));

        private readonly ulong[] trigrams = new ulong[(1 << TableBits) / 64];
        private readonly Dictionary<long, string[]> keywordsByPrefix = new Dictionary<long, string[]>();
        private readonly string[] shortKeywords;
        private readonly bool alwaysOpen;

        internal CatalogPrefilter(RuleCatalog catalog, bool includeGeneric)
        {
            var shorts = new List<string>();
            var byPrefix = new Dictionary<long, List<string>>();
            foreach (var rule in catalog.Rules)
            {
                if (rule.Regex.Length == 0 || (!includeGeneric && rule.IsGeneric))
                {
                    continue;
                }

                if (rule.Keywords.Count == 0)
                {
                    alwaysOpen = true;
                }

                foreach (var raw in rule.Keywords)
                {
                    var keyword = raw.ToLowerInvariant();
                    if (keyword.Length == 0)
                    {
                        alwaysOpen = true;
                    }
                    else if (keyword.Length < 3)
                    {
                        shorts.Add(keyword);
                    }
                    else
                    {
                        var hash = Hash(keyword[0], keyword[1], keyword[2]);
                        trigrams[hash >> 6] |= 1UL << (hash & 63);
                        var key = Key(keyword[0], keyword[1], keyword[2]);
                        if (!byPrefix.TryGetValue(key, out var list))
                        {
                            byPrefix[key] = list = new List<string>();
                        }

                        if (!list.Contains(keyword))
                        {
                            list.Add(keyword);
                        }
                    }
                }
            }

            foreach (var pair in byPrefix)
            {
                keywordsByPrefix[pair.Key] = pair.Value.ToArray();
            }

            shortKeywords = shorts.ToArray();
        }

        public static CatalogPrefilter Default => Instance.Value;

        /// <summary>True when <paramref name="value"/> may contain a catalog keyword (false positives possible, no false negatives).</summary>
        public bool MayMatch(string value)
        {
            if (alwaysOpen)
            {
                return true;
            }

            for (var i = 0; i + 2 < value.Length; i++)
            {
                char a = Lower(value[i]), b = Lower(value[i + 1]), c = Lower(value[i + 2]);
                var hash = Hash(a, b, c);
                if ((trigrams[hash >> 6] & (1UL << (hash & 63))) != 0 && keywordsByPrefix.TryGetValue(Key(a, b, c), out var candidates))
                {
                    foreach (var keyword in candidates)
                    {
                        if (keyword.Length <= value.Length - i && string.Compare(value, i, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0)
                        {
                            return true;
                        }
                    }
                }
            }

            foreach (var keyword in shortKeywords)
            {
                if (value.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);

        private static long Key(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

        private static int Hash(char a, char b, char c) => (int)(((uint)a * 0x9E3779B1u ^ (uint)b * 0x85EBCA77u ^ (uint)c * 0xC2B2AE3Du) >> (32 - TableBits));
    }
}

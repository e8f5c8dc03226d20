using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.Collections.Generic;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Vectorised prefilter: <see cref="SearchValues{T}"/> over all keywords finds the next position
    /// where any keyword starts; keywords are then checked only in that position's first-character bucket.
    /// </summary>
    internal sealed class SearchValuesKeywordMatcher : IKeywordMatcher
    {
        private readonly SearchValues<string>? values;
        private readonly string[] keywords;
        private readonly Dictionary<char, int[]> bucketByFirstChar = new Dictionary<char, int[]>();

        public SearchValuesKeywordMatcher(IReadOnlyList<string> lowercaseKeywords)
        {
            keywords = new string[lowercaseKeywords.Count];
            var buckets = new Dictionary<char, List<int>>();
            for (var i = 0; i < lowercaseKeywords.Count; i++)
            {
                keywords[i] = lowercaseKeywords[i];
                var first = char.ToLowerInvariant(keywords[i][0]);
                if (!buckets.TryGetValue(first, out var list))
                {
                    buckets[first] = list = new List<int>();
                }

                list.Add(i);
            }

            foreach (var pair in buckets)
            {
                bucketByFirstChar[pair.Key] = pair.Value.ToArray();
            }

            if (keywords.Length > 0)
            {
                values = SearchValues.Create(keywords, StringComparison.OrdinalIgnoreCase);
            }
        }

        public bool ContainsAny(string text, bool[] keywordFilter)
        {
            var found = false;
            FindAll(text, (_, keywordIndex) => found |= keywordFilter[keywordIndex]);
            return found;
        }

        [MethodImpl(HotPath.Options)]
        public void FindAll(string text, KeywordHitSink onHit)
        {
            if (values is null)
            {
                return;
            }

            var span = text.AsSpan();
            var offset = 0;
            while (offset < span.Length)
            {
                var relative = span.Slice(offset).IndexOfAny(values);
                if (relative < 0)
                {
                    return;
                }

                var position = offset + relative;
                if (bucketByFirstChar.TryGetValue(char.ToLowerInvariant(span[position]), out var bucket))
                {
                    var rest = span.Slice(position);
                    foreach (var keywordIndex in bucket)
                    {
                        if (rest.StartsWith(keywords[keywordIndex], StringComparison.OrdinalIgnoreCase))
                        {
                            onHit(position, keywordIndex);
                        }
                    }
                }

                offset = position + 1;
            }
        }
    }
}
#endif

using System.Collections.Generic;

namespace SecretGuard.Core.Detection
{
    /// <summary>One pass over a text that reports every position where a keyword starts (case-insensitive).</summary>
    internal interface IKeywordMatcher
    {
        /// <summary>Calls <paramref name="onHit"/> with (position, keyword index) for every occurrence, in increasing position order.</summary>
        void FindAll(string text, KeywordHitSink onHit);
    }

    internal delegate void KeywordHitSink(int position, int keywordIndex);

    internal static class KeywordMatcherFactory
    {
        public static IKeywordMatcher Create(IReadOnlyList<string> lowercaseKeywords)
        {
#if NET8_0_OR_GREATER
            return new SearchValuesKeywordMatcher(lowercaseKeywords);
#else
            return new AhoCorasickKeywordMatcher(lowercaseKeywords);
#endif
        }
    }
}

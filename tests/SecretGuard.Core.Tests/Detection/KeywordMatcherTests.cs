using SecretGuard.Core.Detection;

namespace SecretGuard.Core.Tests.Detection;

public class KeywordMatcherTests
{
    private static readonly string[] Keywords = { "ghp_", "key", "api_key", "password", "xoxb-", "akia", "eyj", "k" };

    [Fact]
    public void Aho_corasick_and_search_values_find_the_same_hits()
    {
        var random = new Random(42);
        const string alphabet = "aAkKeEyYgGhHpP_-xXoObB ";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars) + " API_KEY ghp_ PassWord xoxb- AKIA eyJ";
            Assert.Equal(Hits(new SearchValuesKeywordMatcher(Keywords), text), Hits(new AhoCorasickKeywordMatcher(Keywords), text));
        }
    }

    [Fact]
    public void Reports_overlapping_and_nested_keywords()
    {
        var hits = Hits(new AhoCorasickKeywordMatcher(Keywords), "my api_key");
        Assert.Contains((3, Array.IndexOf(Keywords, "api_key")), hits);
        Assert.Contains((7, Array.IndexOf(Keywords, "key")), hits);
        Assert.Contains((7, Array.IndexOf(Keywords, "k")), hits);
    }

    [Fact]
    public void Aho_corasick_finds_what_a_naive_search_finds_while_its_table_fills_in()
    {
        // One matcher per keyword set, reused across many texts: transitions resolved for one text serve the next.
        var random = new Random(7);
        const string alphabet = "abcAB_-\u00e9\u00c9x";
        for (var set = 0; set < 40; set++)
        {
            var keywords = Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => char.ToLowerInvariant(alphabet[random.Next(alphabet.Length)])).ToArray()))
                .Distinct()
                .ToArray();
            var matcher = new AhoCorasickKeywordMatcher(keywords);
            for (var round = 0; round < 25; round++)
            {
                var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                Assert.Equal(NaiveHits(keywords, text), Hits(matcher, text));
            }
        }
    }

    [Fact]
    public void No_keywords_means_no_hits()
    {
        Assert.Empty(Hits(new AhoCorasickKeywordMatcher(Array.Empty<string>()), "anything"));
        Assert.Empty(Hits(new SearchValuesKeywordMatcher(Array.Empty<string>()), "anything"));
    }

    private static List<(int Position, int Keyword)> NaiveHits(string[] keywords, string text)
    {
        var hits = new List<(int, int)>();
        for (var k = 0; k < keywords.Length; k++)
        {
            for (var i = text.IndexOf(keywords[k], StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(keywords[k], i + 1, StringComparison.OrdinalIgnoreCase))
            {
                hits.Add((i, k));
            }
        }

        hits.Sort();
        return hits;
    }

    private static List<(int Position, int Keyword)> Hits(IKeywordMatcher matcher, string text)
    {
        var hits = new List<(int, int)>();
        matcher.FindAll(text, (position, keyword) => hits.Add((position, keyword)));
        hits.Sort();
        return hits;
    }
}

using System.Collections.Generic;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Aho–Corasick automaton over lower-cased keywords: the netstandard2.0 prefilter (the analyzer's),
    /// one pass over the text whatever the number of keywords.
    /// </summary>
    internal sealed class AhoCorasickKeywordMatcher : IKeywordMatcher
    {
        private readonly List<Dictionary<char, int>> transitions = new List<Dictionary<char, int>>();
        private readonly List<int> failure = new List<int>();
        private readonly List<List<int>> outputs = new List<List<int>>();
        private readonly int[] keywordLengths;

        public AhoCorasickKeywordMatcher(IReadOnlyList<string> lowercaseKeywords)
        {
            keywordLengths = new int[lowercaseKeywords.Count];
            AddState();
            for (var i = 0; i < lowercaseKeywords.Count; i++)
            {
                var keyword = lowercaseKeywords[i];
                keywordLengths[i] = keyword.Length;
                var state = 0;
                foreach (var raw in keyword)
                {
                    var c = char.ToLowerInvariant(raw);
                    if (!transitions[state].TryGetValue(c, out var next))
                    {
                        next = AddState();
                        transitions[state][c] = next;
                    }

                    state = next;
                }

                outputs[state].Add(i);
            }

            BuildFailureLinks();
        }

        public void FindAll(string text, KeywordHitSink onHit)
        {
            if (keywordLengths.Length == 0)
            {
                return;
            }

            var state = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = char.ToLowerInvariant(text[i]);
                int next;
                while (!transitions[state].TryGetValue(c, out next) && state != 0)
                {
                    state = failure[state];
                }

                state = transitions[state].TryGetValue(c, out next) ? next : 0;
                var output = outputs[state];
                for (var k = 0; k < output.Count; k++)
                {
                    var keywordIndex = output[k];
                    onHit(i - keywordLengths[keywordIndex] + 1, keywordIndex);
                }
            }
        }

        private int AddState()
        {
            transitions.Add(new Dictionary<char, int>());
            failure.Add(0);
            outputs.Add(new List<int>());
            return transitions.Count - 1;
        }

        private void BuildFailureLinks()
        {
            var queue = new Queue<int>();
            foreach (var pair in transitions[0])
            {
                failure[pair.Value] = 0;
                queue.Enqueue(pair.Value);
            }

            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                foreach (var pair in transitions[state])
                {
                    var child = pair.Value;
                    queue.Enqueue(child);
                    var fallback = failure[state];
                    while (fallback != 0 && !transitions[fallback].ContainsKey(pair.Key))
                    {
                        fallback = failure[fallback];
                    }

                    failure[child] = transitions[fallback].TryGetValue(pair.Key, out var target) && target != child ? target : 0;
                    outputs[child].AddRange(outputs[failure[child]]);
                }
            }
        }
    }
}

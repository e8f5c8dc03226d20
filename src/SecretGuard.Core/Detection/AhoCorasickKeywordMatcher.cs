using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Case-insensitive Aho–Corasick automaton compiled to a dense DFA over character classes: one table
    /// lookup per input character, whatever the number of keywords. Characters that occur in no keyword
    /// share one class, so the table stays small (states × distinct keyword characters).
    /// </summary>
    internal sealed class AhoCorasickKeywordMatcher : IKeywordMatcher
    {
        private readonly byte[] asciiClass = new byte[128];
        private readonly Dictionary<char, int> otherClass = new Dictionary<char, int>();
        private readonly int classCount;
        private readonly int[] delta;
        private readonly bool[] accepting;
        private readonly int[][] outputs;
        private readonly int[] keywordLengths;

        public AhoCorasickKeywordMatcher(IReadOnlyList<string> lowercaseKeywords)
        {
            keywordLengths = new int[lowercaseKeywords.Count];

            // Character classes: 0 = "in no keyword"; upper and lower case share a class.
            var classes = 1;
            foreach (var keyword in lowercaseKeywords)
            {
                foreach (var raw in keyword)
                {
                    var c = char.ToLowerInvariant(raw);
                    if (ClassOf(c) == 0)
                    {
                        if (c < 128)
                        {
                            asciiClass[c] = (byte)classes;
                            var upper = char.ToUpperInvariant(c);
                            if (upper < 128)
                            {
                                asciiClass[upper] = (byte)classes;
                            }
                        }
                        else
                        {
                            otherClass[c] = classes;
                            otherClass[char.ToUpperInvariant(c)] = classes;
                        }

                        classes++;
                    }
                }
            }

            classCount = classes;

            // Trie.
            var trie = new List<int[]> { NewRow() };
            var trieOutputs = new List<List<int>> { new List<int>() };
            for (var i = 0; i < lowercaseKeywords.Count; i++)
            {
                var keyword = lowercaseKeywords[i];
                keywordLengths[i] = keyword.Length;
                var state = 0;
                foreach (var raw in keyword)
                {
                    var cls = ClassOf(char.ToLowerInvariant(raw));
                    if (trie[state][cls] < 0)
                    {
                        trie[state][cls] = trie.Count;
                        trie.Add(NewRow());
                        trieOutputs.Add(new List<int>());
                    }

                    state = trie[state][cls];
                }

                if (keyword.Length > 0)
                {
                    trieOutputs[state].Add(i);
                }
            }

            // Breadth-first: failure links folded into a complete transition table.
            var stateCount = trie.Count;
            delta = new int[stateCount * classCount];
            var failure = new int[stateCount];
            var queue = new Queue<int>();
            for (var cls = 0; cls < classCount; cls++)
            {
                var next = trie[0][cls];
                if (next > 0)
                {
                    delta[cls] = next;
                    failure[next] = 0;
                    queue.Enqueue(next);
                }
            }

            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                trieOutputs[state].AddRange(trieOutputs[failure[state]]);
                for (var cls = 0; cls < classCount; cls++)
                {
                    var next = trie[state][cls];
                    if (next > 0)
                    {
                        delta[(state * classCount) + cls] = next;
                        failure[next] = delta[(failure[state] * classCount) + cls];
                        queue.Enqueue(next);
                    }
                    else
                    {
                        delta[(state * classCount) + cls] = delta[(failure[state] * classCount) + cls];
                    }
                }
            }

            accepting = new bool[stateCount];
            outputs = new int[stateCount][];
            for (var state = 0; state < stateCount; state++)
            {
                outputs[state] = trieOutputs[state].ToArray();
                accepting[state] = outputs[state].Length > 0;
            }
        }

        [MethodImpl(HotPath.Options)]
        public void FindAll(string text, KeywordHitSink onHit)
        {
            if (keywordLengths.Length == 0)
            {
                return;
            }

            var table = delta;
            var classTable = asciiClass;
            var width = classCount;
            var hasOtherClasses = otherClass.Count > 0;
            var state = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                int cls;
                if (c < 128)
                {
                    cls = classTable[c];
                }
                else
                {
                    cls = hasOtherClasses && otherClass.TryGetValue(c, out var found) ? found : 0;
                }

                state = table[(state * width) + cls];
                if (accepting[state])
                {
                    foreach (var keywordIndex in outputs[state])
                    {
                        onHit(i - keywordLengths[keywordIndex] + 1, keywordIndex);
                    }
                }
            }
        }

        private int ClassOf(char c)
        {
            if (c < 128)
            {
                return asciiClass[c];
            }

            return otherClass.TryGetValue(c, out var cls) ? cls : 0;
        }

        private int[] NewRow()
        {
            var row = new int[classCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = -1;
            }

            return row;
        }
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Case-insensitive Aho–Corasick automaton run as a DFA over character classes: one table lookup per input
    /// character, whatever the number of keywords. Characters that occur in no keyword share one class, so the
    /// table stays small (states × distinct keyword characters).
    /// <para>
    /// The table is filled lazily. Construction builds only the trie and its failure links (a few microseconds
    /// per keyword); a missing transition is resolved through the failure links the first time a text needs it
    /// and then remembered. A file scan soon visits the states that matter; the analyzer, which starts in every
    /// compiler process and scans short literals, never pays for the ~90,000 transitions of the built-in catalog
    /// (building them all up front cost 10–16 ms there, most of it first-run code). Resolving is idempotent, so
    /// threads sharing a matcher may race on a table entry harmlessly: each writes the same value.
    /// </para>
    /// </summary>
    internal sealed class AhoCorasickKeywordMatcher : IKeywordMatcher
    {
        // State 0 is "not resolved yet" (a fresh int[] is all zeros); the root is state 1.
        private const int Unresolved = 0;
        private const int Root = 1;

        private readonly byte[] asciiClass = new byte[128];
        private readonly Dictionary<char, int> otherClass = new Dictionary<char, int>();
        private readonly int classCount;
        private readonly int[] delta;
        private readonly int[] failure;
        private readonly bool[] accepting;
        private readonly int[][] outputs;
        private readonly int[] keywordLengths;

        public AhoCorasickKeywordMatcher(IReadOnlyList<string> lowercaseKeywords)
        {
            keywordLengths = new int[lowercaseKeywords.Count];

            // Character classes: 0 = "in no keyword"; upper and lower case share a class.
            var classes = 1;
            var totalLength = 0;
            foreach (var keyword in lowercaseKeywords)
            {
                totalLength += keyword.Length;
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

            // Trie, stored in the transition table itself: every trie edge is a resolved transition.
            var capacity = totalLength + 2;
            delta = new int[capacity * classCount];
            var parent = new int[capacity];
            var parentClass = new int[capacity];
            var depth = new int[capacity];
            var own = new List<int>?[capacity];
            var states = Root + 1;
            for (var i = 0; i < lowercaseKeywords.Count; i++)
            {
                var keyword = lowercaseKeywords[i];
                keywordLengths[i] = keyword.Length;
                var state = Root;
                foreach (var raw in keyword)
                {
                    var cls = ClassOf(char.ToLowerInvariant(raw));
                    var next = delta[(state * classCount) + cls];
                    if (next == Unresolved)
                    {
                        next = states++;
                        delta[(state * classCount) + cls] = next;
                        parent[next] = state;
                        parentClass[next] = cls;
                        depth[next] = depth[state] + 1;
                    }

                    state = next;
                }

                if (keyword.Length > 0)
                {
                    (own[state] ??= new List<int>()).Add(i);
                }
            }

            // The root's row is complete: a character that starts no keyword stays at the root.
            for (var cls = 0; cls < classCount; cls++)
            {
                if (delta[(Root * classCount) + cls] == Unresolved)
                {
                    delta[(Root * classCount) + cls] = Root;
                }
            }

            // Failure links and outputs, shallow states first (a state's failure is always shallower).
            failure = new int[states];
            accepting = new bool[states];
            outputs = new int[states][];
            outputs[Root] = own[Root]?.ToArray() ?? NoOutputs;
            accepting[Root] = outputs[Root].Length > 0;
            foreach (var state in ByDepth(depth, states))
            {
                failure[state] = depth[state] == 1 ? Root : Next(failure[parent[state]], parentClass[state]);
                var inherited = outputs[failure[state]];
                var mine = own[state];
                if (mine is null)
                {
                    outputs[state] = inherited;
                }
                else
                {
                    mine.AddRange(inherited);
                    outputs[state] = mine.ToArray();
                }

                accepting[state] = outputs[state].Length > 0;
            }
        }

        private static int[] NoOutputs { get; } = new int[0];

        /// <summary>One DFA transition (resolved on first use); both scanning loops go through here.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Step(int state, char c, bool hasOtherClasses)
        {
            int cls;
            if (c < 128)
            {
                cls = asciiClass[c];
            }
            else
            {
                cls = hasOtherClasses && otherClass.TryGetValue(c, out var found) ? found : 0;
            }

            var next = delta[(state * classCount) + cls];
            return next != Unresolved ? next : Resolve(state, cls);
        }

        [MethodImpl(HotPath.Options)]
        public void FindAll(string text, KeywordHitSink onHit)
        {
            if (keywordLengths.Length == 0)
            {
                return;
            }

            var hasOtherClasses = otherClass.Count > 0;
            var state = Root;
            for (var i = 0; i < text.Length; i++)
            {
                state = Step(state, text[i], hasOtherClasses);
                if (accepting[state])
                {
                    foreach (var keywordIndex in outputs[state])
                    {
                        onHit(i - keywordLengths[keywordIndex] + 1, keywordIndex);
                    }
                }
            }
        }

        [MethodImpl(HotPath.EvenInAnalyzer)]
        public bool ContainsAny(string text, bool[] keywordFilter)
        {
            if (keywordLengths.Length == 0)
            {
                return false;
            }

            var hasOtherClasses = otherClass.Count > 0;
            var state = Root;
            for (var i = 0; i < text.Length; i++)
            {
                state = Step(state, text[i], hasOtherClasses);
                if (accepting[state])
                {
                    foreach (var keywordIndex in outputs[state])
                    {
                        if (keywordFilter[keywordIndex])
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The state after <paramref name="cls"/> in <paramref name="state"/>, resolving (and remembering) it through the failure links if needed.</summary>
        private int Next(int state, int cls)
        {
            var next = delta[(state * classCount) + cls];
            return next != Unresolved ? next : Resolve(state, cls);
        }

        private int Resolve(int state, int cls)
        {
            // Walk the failure chain to the first state with a known transition; the root's row is complete.
            var fallback = failure[state];
            int next;
            while ((next = delta[(fallback * classCount) + cls]) == Unresolved)
            {
                fallback = failure[fallback];
            }

            delta[(state * classCount) + cls] = next;
            return next;
        }

        /// <summary>States other than the root, in order of depth (a counting sort).</summary>
        private static int[] ByDepth(int[] depth, int states)
        {
            var maxDepth = 0;
            for (var s = Root + 1; s < states; s++)
            {
                maxDepth = depth[s] > maxDepth ? depth[s] : maxDepth;
            }

            var start = new int[maxDepth + 2];
            for (var s = Root + 1; s < states; s++)
            {
                start[depth[s] + 1]++;
            }

            for (var d = 1; d < start.Length; d++)
            {
                start[d] += start[d - 1];
            }

            var order = new int[states - Root - 1];
            for (var s = Root + 1; s < states; s++)
            {
                order[start[depth[s]]++] = s;
            }

            return order;
        }

        private int ClassOf(char c)
        {
            if (c < 128)
            {
                return asciiClass[c];
            }

            return otherClass.TryGetValue(c, out var cls) ? cls : 0;
        }
    }
}

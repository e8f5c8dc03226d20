using System.Collections.Generic;

namespace SecretGuard.Core.Baselines
{
    /// <summary>A parsed JSON value with the line it started on (for error messages). Core has no JSON library.</summary>
    internal sealed class MiniJsonNode
    {
        public MiniJsonNode(MiniJsonKind kind, int line)
        {
            Kind = kind;
            Line = line;
        }

        public MiniJsonKind Kind { get; }

        public int Line { get; }

        public string Text { get; set; } = "";

        public double Number { get; set; }

        public bool Boolean { get; set; }

        public List<MiniJsonNode> Items { get; } = new List<MiniJsonNode>();

        public List<KeyValuePair<string, MiniJsonNode>> Members { get; } = new List<KeyValuePair<string, MiniJsonNode>>();

        public MiniJsonNode? Member(string name)
        {
            foreach (var member in Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    internal enum MiniJsonKind
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }
}

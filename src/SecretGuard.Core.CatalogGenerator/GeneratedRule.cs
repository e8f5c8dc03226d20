using System;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>One built-in rule, already rendered as a C# string literal holding its <c>CatalogData</c> record, with where it was written.</summary>
    internal sealed class GeneratedRule : IEquatable<GeneratedRule>
    {
        public GeneratedRule(string id, int line, int column, string code)
        {
            Id = id;
            Line = line;
            Column = column;
            Code = code;
        }

        public string Id { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>A C# string literal: the rule's <c>CatalogData</c> record.</summary>
        public string Code { get; }

        public bool Equals(GeneratedRule? other) =>
            other != null && Id == other.Id && Line == other.Line && Column == other.Column && Code == other.Code;

        public override bool Equals(object? obj) => Equals(obj as GeneratedRule);

        public override int GetHashCode() => Code.GetHashCode();
    }
}

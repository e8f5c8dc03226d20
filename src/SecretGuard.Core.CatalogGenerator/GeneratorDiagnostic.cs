using System;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>A diagnostic as plain data (no <c>Location</c>), so pipeline results stay comparable and cacheable.</summary>
    internal sealed class GeneratorDiagnostic : IEquatable<GeneratorDiagnostic>
    {
        public GeneratorDiagnostic(string path, int line, int column, string message)
        {
            Path = path;
            Line = line;
            Column = column;
            Message = message;
        }

        public string Path { get; }

        /// <summary>1-based; 0 when the problem concerns the whole file.</summary>
        public int Line { get; }

        public int Column { get; }

        public string Message { get; }

        public bool Equals(GeneratorDiagnostic? other) =>
            other != null && Path == other.Path && Line == other.Line && Column == other.Column && Message == other.Message;

        public override bool Equals(object? obj) => Equals(obj as GeneratorDiagnostic);

        public override int GetHashCode() => (Path.GetHashCode() * 31) ^ (Line * 397) ^ Column ^ Message.GetHashCode();
    }
}

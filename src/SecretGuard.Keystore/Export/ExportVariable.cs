using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Export;

/// <summary>One exported variable: its name, the kept secret, and the entry it came from.</summary>
public sealed record ExportVariable(string Name, string Value, KeyEntry Entry);

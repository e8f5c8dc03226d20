namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>How a sink's argument carries the credential.</summary>
    internal enum CredentialValueKind
    {
        /// <summary>A password or key string (reported when non-empty and not a placeholder).</summary>
        Password,

        /// <summary>A connection string (reported when it holds a password or key component).</summary>
        ConnectionString,

        /// <summary>Key bytes: reported when built from a constant (<c>Encoding.UTF8.GetBytes("…")</c>, <c>"…"u8.ToArray()</c>, <c>Convert.FromBase64String("…")</c>).</summary>
        KeyBytes,
    }
}

namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>One credential parameter or property of a known API (e.g. the password of <c>NetworkCredential</c>).</summary>
    internal readonly struct CredentialSink
    {
        public CredentialSink(string description, CredentialValueKind kind)
        {
            Description = description;
            Kind = kind;
        }

        /// <summary>Shown in the message: "NetworkCredential password", "SqlConnection connection string".</summary>
        public string Description { get; }

        public CredentialValueKind Kind { get; }
    }
}

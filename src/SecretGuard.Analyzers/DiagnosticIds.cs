namespace SecretGuard.Analyzers
{
    /// <summary>Every diagnostic id SecretGuard reports, in one place. Each has a page at <c>docs/rules/&lt;id&gt;.md</c>.</summary>
    public static class DiagnosticIds
    {
        /// <summary>A string matches a rule of the secret catalog (a provider token format, a private key…).</summary>
        public const string CatalogMatch = "SG0001";

        /// <summary>A literal is assigned to something named like a password, secret, token, key or connection string.</summary>
        public const string SecretNamedLiteral = "SG0002";

        /// <summary>A constant flows into a known credential sink (NetworkCredential password, connection strings…).</summary>
        public const string CredentialSink = "SG0003";

        /// <summary>An additional file (appsettings*.json, *.config, .env, *.yml…) contains a secret.</summary>
        public const string AdditionalFileSecret = "SG0004";
    }
}

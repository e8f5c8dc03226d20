namespace SecretGuard.Analyzers.Names
{
    /// <summary>What a name says about the value it holds.</summary>
    internal enum SecretNameKind
    {
        /// <summary>Nothing secret (<c>UserName</c>, <c>PasswordChar</c>, <c>TokenType</c>, <c>PublicKeyToken</c>).</summary>
        None,

        /// <summary>The value itself is the secret (<c>Password</c>, <c>ApiKey</c>, <c>GitHubToken</c>, <c>ClientSecret</c>).</summary>
        Secret,

        /// <summary>A connection string: secret only when it carries a password or key component.</summary>
        ConnectionString,
    }
}

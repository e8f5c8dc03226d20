namespace SecretGuard.Core.Findings
{
    /// <summary>Well-known keys of <see cref="Finding.Properties"/> that front ends attach and reports render.</summary>
    public static class FindingProperties
    {
        public const string Commit = "commit";
        public const string Author = "author";
        public const string Email = "email";
        public const string Date = "date";
        public const string Message = "message";
        public const string KeystoreId = "keystoreId";
        public const string KeystoreName = "keystoreName";
        public const string KeystoreStatus = "keystoreStatus";
    }
}

using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>
    /// Recognises the credential-taking types by full name, walking base types. Nothing is resolved up front:
    /// looking types up by metadata name at compilation start costs a search of every reference in every build,
    /// while candidates (found by simple name first) are rare.
    /// </summary>
    internal static class CredentialSinkTypes
    {
        public const string NetworkCredential = "System.Net.NetworkCredential";
        public const string DbConnection = "System.Data.Common.DbConnection";
        public const string DbConnectionStringBuilder = "System.Data.Common.DbConnectionStringBuilder";
        public const string SymmetricSecurityKey = "Microsoft.IdentityModel.Tokens.SymmetricSecurityKey";
        public const string X509Certificate = "System.Security.Cryptography.X509Certificates.X509Certificate";
        public const string X509Certificate2Collection = "System.Security.Cryptography.X509Certificates.X509Certificate2Collection";
        public const string X509CertificateLoader = "System.Security.Cryptography.X509Certificates.X509CertificateLoader";
        public const string PasswordDeriveBytes = "System.Security.Cryptography.PasswordDeriveBytes";
        public const string Rfc2898DeriveBytes = "System.Security.Cryptography.Rfc2898DeriveBytes";
        public const string Encoding = "System.Text.Encoding";
        public const string Convert = "System.Convert";

        /// <summary>True when <paramref name="type"/> is, or derives from, the type named <paramref name="fullName"/>.</summary>
        public static bool InheritsFrom(ITypeSymbol? type, string fullName)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (Is(current, fullName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is exactly the type named <paramref name="fullName"/>.</summary>
        public static bool Is(ITypeSymbol? type, string fullName)
        {
            if (type is null)
            {
                return false;
            }

            var name = type.Name;
            if (fullName.Length <= name.Length || !fullName.EndsWith(name, System.StringComparison.Ordinal) || fullName[fullName.Length - name.Length - 1] != '.')
            {
                return false;
            }

            return IsNamespace(type.ContainingNamespace, fullName, fullName.Length - name.Length - 1);
        }

        /// <summary>True when <paramref name="ns"/> is the namespace spelled by <c>fullName[0..length)</c>, compared segment by segment from the right (no display string).</summary>
        private static bool IsNamespace(INamespaceSymbol? ns, string fullName, int length)
        {
            var end = length;
            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                var segment = ns.Name;
                var start = end - segment.Length;
                if (start < 0 || string.CompareOrdinal(fullName, start, segment, 0, segment.Length) != 0 || (start > 0 && fullName[start - 1] != '.'))
                {
                    return false;
                }

                end = start > 0 ? start - 1 : 0;
                if (start == 0)
                {
                    return ns.ContainingNamespace is null || ns.ContainingNamespace.IsGlobalNamespace;
                }
            }

            return false;
        }
    }
}

using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>The credential-taking types of one compilation, resolved once at compilation start (null when not referenced).</summary>
    internal sealed class CredentialSinkTypes
    {
        private CredentialSinkTypes(Compilation compilation)
        {
            NetworkCredential = compilation.GetTypeByMetadataName("System.Net.NetworkCredential");
            DbConnection = compilation.GetTypeByMetadataName("System.Data.Common.DbConnection");
            DbConnectionStringBuilder = compilation.GetTypeByMetadataName("System.Data.Common.DbConnectionStringBuilder");
            SymmetricSecurityKey = compilation.GetTypeByMetadataName("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
            X509Certificate = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509Certificate");
            X509Certificate2Collection = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509Certificate2Collection");
            X509CertificateLoader = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509CertificateLoader");
            PasswordDeriveBytes = compilation.GetTypeByMetadataName("System.Security.Cryptography.PasswordDeriveBytes");
            Rfc2898DeriveBytes = compilation.GetTypeByMetadataName("System.Security.Cryptography.Rfc2898DeriveBytes");
            Encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            Convert = compilation.GetTypeByMetadataName("System.Convert");
        }

        public INamedTypeSymbol? NetworkCredential { get; }

        public INamedTypeSymbol? DbConnection { get; }

        public INamedTypeSymbol? DbConnectionStringBuilder { get; }

        public INamedTypeSymbol? SymmetricSecurityKey { get; }

        public INamedTypeSymbol? X509Certificate { get; }

        public INamedTypeSymbol? X509Certificate2Collection { get; }

        public INamedTypeSymbol? X509CertificateLoader { get; }

        public INamedTypeSymbol? PasswordDeriveBytes { get; }

        public INamedTypeSymbol? Rfc2898DeriveBytes { get; }

        public INamedTypeSymbol? Encoding { get; }

        public INamedTypeSymbol? Convert { get; }

        /// <summary>True when at least one sink type is referenced (otherwise SG0003 registers nothing).</summary>
        public bool Any => NetworkCredential != null || DbConnection != null || DbConnectionStringBuilder != null || SymmetricSecurityKey != null
            || X509Certificate != null || X509CertificateLoader != null || PasswordDeriveBytes != null || Rfc2898DeriveBytes != null;

        public static CredentialSinkTypes Resolve(Compilation compilation) => new CredentialSinkTypes(compilation);

        public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using System;
using Microsoft.CodeAnalysis;

namespace SecretGuard.Analyzers.Sinks
{
    /// <summary>Which parameters and properties of the known credential APIs take a credential.</summary>
    internal static class CredentialSinkCatalog
    {
        /// <summary>Cheap name test before any semantic work: could a creation of this type (by simple name) be a sink?</summary>
        public static bool IsCandidateTypeName(string name)
        {
            switch (name)
            {
                case "NetworkCredential":
                case "SymmetricSecurityKey":
                case "X509Certificate":
                case "X509Certificate2":
                case "PasswordDeriveBytes":
                case "Rfc2898DeriveBytes":
                    return true;
                default:
                    return name.EndsWith("Connection", StringComparison.Ordinal) || name.EndsWith("ConnectionStringBuilder", StringComparison.Ordinal);
            }
        }

        public static bool IsCandidateMethodName(string name)
        {
            switch (name)
            {
                case "LoadPkcs12":
                case "LoadPkcs12FromFile":
                case "LoadPkcs12Collection":
                case "LoadPkcs12CollectionFromFile":
                case "Import":
                case "Pbkdf2":
                case "CreateFromEncryptedPem":
                case "CreateFromEncryptedPemFile":
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsCandidatePropertyName(string name) => name == "Password" || name == "ConnectionString";

        /// <summary>The sink a parameter of a constructor or method is, if any.</summary>
        public static CredentialSink? ForParameter(IMethodSymbol method, IParameterSymbol parameter)
        {
            var type = method.ContainingType;
            var name = parameter.Name;
            var isPassword = name.EndsWith("password", StringComparison.OrdinalIgnoreCase);
            var isString = parameter.Type.SpecialType == SpecialType.System_String;
            var isBytes = parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

            if (isPassword && isString && CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.NetworkCredential))
            {
                return new CredentialSink("NetworkCredential password", CredentialValueKind.Password);
            }

            if (name == "connectionString" && isString && (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.DbConnection) || CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.DbConnectionStringBuilder)))
            {
                return new CredentialSink(type.Name + " connection string", CredentialValueKind.ConnectionString);
            }

            if (name == "key" && isBytes && CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.SymmetricSecurityKey))
            {
                return new CredentialSink("SymmetricSecurityKey key", CredentialValueKind.KeyBytes);
            }

            if (isPassword && (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.X509Certificate) || CredentialSinkTypes.Is(type, CredentialSinkTypes.X509CertificateLoader) || CredentialSinkTypes.Is(type, CredentialSinkTypes.X509Certificate2Collection)))
            {
                return isString ? new CredentialSink(type.Name + " password", CredentialValueKind.Password) : null;
            }

            if (isPassword && (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.PasswordDeriveBytes) || CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.Rfc2898DeriveBytes)))
            {
                return isString ? new CredentialSink(type.Name + " password", CredentialValueKind.Password)
                    : isBytes ? new CredentialSink(type.Name + " password", CredentialValueKind.KeyBytes)
                    : null;
            }

            return null;
        }

        /// <summary>The sink a property is, if any (<c>NetworkCredential.Password</c>, <c>SqlConnectionStringBuilder.Password</c>, <c>DbConnection.ConnectionString</c>).</summary>
        public static CredentialSink? ForProperty(IPropertySymbol property)
        {
            var type = property.ContainingType;
            if (property.Name == "Password" && property.Type.SpecialType == SpecialType.System_String)
            {
                if (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.NetworkCredential))
                {
                    return new CredentialSink("NetworkCredential.Password", CredentialValueKind.Password);
                }

                if (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.DbConnectionStringBuilder))
                {
                    return new CredentialSink(type.Name + ".Password", CredentialValueKind.Password);
                }
            }

            if (property.Name == "ConnectionString" && (CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.DbConnection) || CredentialSinkTypes.InheritsFrom(type, CredentialSinkTypes.DbConnectionStringBuilder)))
            {
                return new CredentialSink(type.Name + ".ConnectionString", CredentialValueKind.ConnectionString);
            }

            return null;
        }
    }
}

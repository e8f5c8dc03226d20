namespace SecretGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Minimal stand-ins for provider types that are NuGet packages (Microsoft.Data.SqlClient,
/// Microsoft.IdentityModel.Tokens), compiled into the test source; they derive from the real base classes.
/// </summary>
internal static class SinkStubs
{
    public const string Source = """

        namespace Microsoft.Data.SqlClient
        {
            public sealed class SqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
            {
                public SqlConnectionStringBuilder() { }
                public SqlConnectionStringBuilder(string connectionString) { }
                public string Password { get; set; } = "";
                public string DataSource { get; set; } = "";
            }

            public sealed class SqlConnection : System.Data.Common.DbConnection
            {
                public SqlConnection(string connectionString) { }
                #nullable disable
                public override string ConnectionString { get; set; }
                #nullable restore
                public override string Database => "";
                public override string DataSource => "";
                public override string ServerVersion => "";
                public override System.Data.ConnectionState State => System.Data.ConnectionState.Closed;
                public override void ChangeDatabase(string databaseName) { }
                public override void Close() { }
                public override void Open() { }
                protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) => throw new System.NotSupportedException();
                protected override System.Data.Common.DbCommand CreateDbCommand() => throw new System.NotSupportedException();
            }
        }

        namespace Microsoft.IdentityModel.Tokens
        {
            public class SymmetricSecurityKey
            {
                public SymmetricSecurityKey(byte[] key) { }
            }
        }
        """;
}

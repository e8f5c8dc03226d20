using SecretGuard.Analyzers.Literals;
using SecretGuard.Analyzers.Tests.Infrastructure;

namespace SecretGuard.Analyzers.Tests;

/// <summary>
/// Which connection strings carry a credential. (URLs with a password are also a catalog rule, so in C# they are
/// usually reported as SG0001; this pins down SG0002/SG0003's own judgement.)
/// </summary>
public class ConnectionStringCredentialTests
{
    private readonly string password = TestSecrets.Password();

    [Theory]
    [InlineData("Server=db;User Id=app;Password={0};")]
    [InlineData("Data Source=db;Pwd={0}")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=x;AccountKey={0};")]
    [InlineData("Endpoint=sb://x/;SharedAccessKeyName=Root;SharedAccessKey={0}")]
    [InlineData("redis://app:{0}@cache:6379")]
    [InlineData("Host=db;Password=\"{0}\"")]
    public void CredentialComponents_AreFound(string template)
    {
        Assert.True(ConnectionStringCredential.Contains(string.Format(template, password)));
    }

    [Theory]
    [InlineData("Server=.;Database=App;Trusted_Connection=True;")]
    [InlineData("Server=db;User Id=app;Password=;")]
    [InlineData("Server=db;User Id=app;Password={0};")]
    [InlineData("Server=db;User Id=app;Password=${DB_PASSWORD};")]
    [InlineData("Server=db;User Id=app;Password=<password>;")]
    [InlineData("redis://cache:6379")]
    [InlineData("https://example.net/path")]
    public void ConnectionStringsWithoutARealCredential_AreNot(string connectionString)
    {
        Assert.False(ConnectionStringCredential.Contains(connectionString));
    }
}

using SecretGuard.Analyzers.Names;
using SecretGuard.CodeFixes;

namespace SecretGuard.Analyzers.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("GitHubToken", "GITHUB_TOKEN")]
    [InlineData("dbPassword", "DB_PASSWORD")]
    [InlineData("APIKey", "API_KEY")]
    [InlineData("github-pat", "GITHUB_PAT")]
    [InlineData("ConnectionStrings:Main", "CONNECTIONSTRINGS__MAIN")]
    [InlineData("OAuthClientSecret", "OAUTH_CLIENT_SECRET")]
    [InlineData("DB_PASSWORD", "DB_PASSWORD")]
    [InlineData("Password2", "PASSWORD_2")]
    [InlineData("", "SECRET")]
    public void EnvironmentVariableName_FollowsShellConventions(string name, string expected)
    {
        Assert.Equal(expected, EnvironmentVariableName.From(name));
    }

    [Theory]
    [InlineData("Password", "Secret")]
    [InlineData("adminPassword2", "Secret")]
    [InlineData("ClientSecret", "Secret")]
    [InlineData("GITHUB_TOKEN", "Secret")]
    [InlineData("ApiKey", "Secret")]
    [InlineData("api_key", "Secret")]
    [InlineData("SigningKey", "Secret")]
    [InlineData("db.passwd", "Secret")]
    [InlineData("ConnectionString", "ConnectionString")]
    [InlineData("ConnectionStrings:Main", "ConnectionString")]
    [InlineData("PasswordChar", "None")]
    [InlineData("TokenType", "None")]
    [InlineData("KeyName", "None")]
    [InlineData("PublicKeyToken", "None")]
    [InlineData("InstrumentationKey", "None")]
    [InlineData("CacheKey", "None")]
    [InlineData("PasswordHash", "None")]
    [InlineData("NextPageToken", "None")]
    [InlineData("UserName", "None")]
    [InlineData("Key", "None")]
    public void SecretNameClassifier_UsesTheHeadWord(string name, string expected)
    {
        Assert.Equal(expected, SecretNameClassifier.Classify(name, []).ToString());
    }

    [Fact]
    public void SecretNameClassifier_AcceptsExtraWords()
    {
        Assert.Equal(SecretNameKind.Secret, SecretNameClassifier.Classify("LicenceCode", ["licencecode"]));
        Assert.Equal(SecretNameKind.Secret, SecretNameClassifier.Classify("Pin", ["pin"]));
    }
}

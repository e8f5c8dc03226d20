namespace SecretGuard.Analyzers.Tests;

public class CatalogPrefilterTests
{
    [Theory]
    [InlineData("token: ghp_abc")]
    [InlineData("GHP_ABC")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    public void LiteralsContainingACatalogKeyword_PassTheGate(string value)
    {
        Assert.True(CatalogPrefilter.Default.MayMatch(value));
    }

    [Theory]
    [InlineData("Service number 42 handles requests")]
    [InlineData("Enter the name of the service")]
    [InlineData("C:\\data\\service\\out.txt")]
    public void OrdinaryLiterals_AreStoppedByTheGate(string value)
    {
        Assert.False(CatalogPrefilter.Default.MayMatch(value));
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Config;

public class ExampleTemplateTests
{
    // PEM armour is assembled from pieces so this file does not look like a key to a secret scanner.
    private const string Dashes = "-----";

    private static string Begin(string label) => Dashes + "BEGIN " + label + Dashes;

    [Theory]
    [InlineData("{{alnum:36}}", "^[0-9A-Za-z]{36}$")]
    [InlineData("{{alpha:10}}", "^[A-Za-z]{10}$")]
    [InlineData("{{upper:12}}", "^[A-Z]{12}$")]
    [InlineData("{{lower:12}}", "^[a-z]{12}$")]
    [InlineData("{{digit:6}}", "^[0-9]{6}$")]
    [InlineData("{{hex:40}}", "^[0-9a-f]{40}$")]
    [InlineData("{{HEX:40}}", "^[0-9A-F]{40}$")]
    [InlineData("{{base64:44}}", "^[A-Za-z0-9+/]{44}$")]
    [InlineData("{{base64url:43}}", "^[A-Za-z0-9_-]{43}$")]
    [InlineData("{{base32:16}}", "^[A-Z2-7]{16}$")]
    [InlineData("{{chars:xyz:20}}", "^[xyz]{20}$")]
    [InlineData("{{chars:a:b:5}}", "^[a:b]{5}$")]
    [InlineData("{{uuid}}", "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    [InlineData("AKIA{{upper:16}}", "^AKIA[A-Z]{16}$")]
    public void ExpandsCharacterClassPlaceholders(string template, string pattern)
    {
        Assert.Matches(new Regex(pattern), ExampleTemplate.Expand(template, new Random(7)));
    }

    [Fact]
    public void ExpandsEveryPlaceholderAndKeepsSurroundingText()
    {
        var text = ExampleTemplate.Expand("key={{hex:8}}; id={{digit:3}}!", new Random(1));

        Assert.Matches(new Regex("^key=[0-9a-f]{8}; id=[0-9]{3}!$"), text);
    }

    [Fact]
    public void ExpansionIsRandomButReproducibleForASeed()
    {
        Assert.NotEqual(ExampleTemplate.Expand("{{alnum:32}}", new Random(1)), ExampleTemplate.Expand("{{alnum:32}}", new Random(2)));
        Assert.Equal(ExampleTemplate.Expand("{{alnum:32}}", new Random(3)), ExampleTemplate.Expand("{{alnum:32}}", new Random(3)));
    }

    [Theory]
    [InlineData("ghp_")]
    [InlineData("gho_")]
    [InlineData("ghs_")]
    public void GitHubTokenHasValidChecksum(string prefix)
    {
        var token = ExampleTemplate.Expand("{{ghtoken:" + prefix + "}}", Random.Shared);

        Assert.StartsWith(prefix, token);
        Assert.Equal(prefix.Length + 36, token.Length);
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("github-checksum")!.Validate(token));
    }

    [Fact]
    public void NpmTokenHasValidChecksum()
    {
        var token = ExampleTemplate.Expand("{{npmtoken}}", Random.Shared);

        Assert.Matches(new Regex("^npm_[0-9A-Za-z]{36}$"), token);
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("npm-checksum")!.Validate(token));
    }

    [Fact]
    public void JwtHasJsonHeaderAndPayloadAndPassesTheValidator()
    {
        var jwt = ExampleTemplate.Expand("{{jwt}}", Random.Shared);

        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.StartsWith("eyJ", parts[0]);
        var header = Encoding.UTF8.GetString(Base64UrlDecode(parts[0]));
        Assert.Contains("\"alg\":", header);
        Assert.Contains("\"exp\":", Encoding.UTF8.GetString(Base64UrlDecode(parts[1])));
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("jwt")!.Validate(jwt));
    }

    [Fact]
    public void RsaPemIsAFreshKeyThatImports()
    {
        var pem = ExampleTemplate.Expand("{{pem:RSA PRIVATE KEY}}", Random.Shared);

        Assert.StartsWith(Begin("RSA PRIVATE KEY"), pem);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        Assert.Equal(2048, rsa.KeySize);
        Assert.NotEqual(pem, ExampleTemplate.Expand("{{pem:RSA PRIVATE KEY}}", Random.Shared));
    }

    [Fact]
    public void Pkcs8PemIsAFreshKeyThatImports()
    {
        var pem = ExampleTemplate.Expand("{{pem:PRIVATE KEY}}", Random.Shared);

        Assert.StartsWith(Begin("PRIVATE KEY"), pem);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        Assert.Equal(2048, rsa.KeySize);
    }

    [Fact]
    public void EcPemIsAFreshP256KeyThatImports()
    {
        var pem = ExampleTemplate.Expand("{{pem:EC PRIVATE KEY}}", Random.Shared);

        Assert.StartsWith(Begin("EC PRIVATE KEY"), pem);
        using var ec = ECDsa.Create();
        ec.ImportFromPem(pem);
        Assert.Equal(256, ec.KeySize);
    }

    [Fact]
    public void OpenSshPemHasTheOpenSshKeyV1Structure()
    {
        var pem = ExampleTemplate.Expand("{{pem:OPENSSH PRIVATE KEY}}", Random.Shared);

        var lines = pem.Split('\n');
        Assert.Equal(Begin("OPENSSH PRIVATE KEY"), lines[0]);
        Assert.Equal(Dashes + "END OPENSSH PRIVATE KEY" + Dashes, lines[^1]);
        Assert.All(lines[1..^1], line => Assert.InRange(line.Length, 1, 70));
        var blob = Convert.FromBase64String(string.Concat(lines[1..^1]));
        Assert.Equal("openssh-key-v1\0", Encoding.ASCII.GetString(blob, 0, 15));
        Assert.Contains("ecdsa-sha2-nistp256", Encoding.ASCII.GetString(blob));
    }

    [Theory]
    [InlineData("password: {{ .Values.password }}")]
    [InlineData("token: {{TOKEN}}")]
    [InlineData("no placeholders at all")]
    [InlineData("unclosed {{alnum:3")]
    [InlineData("{{}}")]
    public void TextThatIsNotAPlaceholderIsCopiedAsWritten(string template)
    {
        Assert.Equal(template, ExampleTemplate.Expand(template, Random.Shared));
    }

    [Theory]
    [InlineData("{{alnm:5}}", "unknown placeholder")]
    [InlineData("{{alnum}}", "length")]
    [InlineData("{{alnum:0}}", "length")]
    [InlineData("{{alnum:x}}", "length")]
    [InlineData("{{chars:5}}", "chars:SET:N")]
    [InlineData("{{ghtoken}}", "PREFIX")]
    [InlineData("{{pem:DSA KEY}}", "label")]
    public void MalformedPlaceholdersAreErrors(string template, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ExampleTemplate.Expand(template, Random.Shared));

        Assert.Contains(reason, error.Message);
    }

    private static byte[] Base64UrlDecode(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}

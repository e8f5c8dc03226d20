using System.Text;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Rules;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>The offline validators the catalog's rules name (values are built at run time).</summary>
public sealed class CatalogValidatorTests
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Basic_auth_accepts_base64_user_colon_password()
    {
        var validator = SecretValidators.Find("basic-auth")!;
        Assert.Equal(ValidationStatus.Valid, validator.Validate(Base64("deploy:" + ExampleTemplate.Expand("{{alnum:16}}", new Random(3)))));
    }

    [Theory]
    [InlineData("no-colon-here")]
    [InlineData(":missing-user")]
    [InlineData("missing-password:")]
    public void Basic_auth_rejects_values_that_are_not_credentials(string decoded)
    {
        Assert.Equal(ValidationStatus.Invalid, SecretValidators.Find("basic-auth")!.Validate(Base64(decoded)));
    }

    [Fact]
    public void Basic_auth_rejects_text_that_is_not_base64()
    {
        Assert.Equal(ValidationStatus.Invalid, SecretValidators.Find("basic-auth")!.Validate("%%%not-base64%%%"));
    }

    [Theory]
    [InlineData("glc_")]
    [InlineData("ops_")]
    public void Base64_json_payload_accepts_a_prefixed_json_object(string prefix)
    {
        var token = prefix + Base64("{\"o\":\"" + ExampleTemplate.Expand("{{digit:6}}", new Random(5)) + "\",\"k\":\"v\"}").TrimEnd('=');
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("base64-json-payload")!.Validate(token));
    }

    [Fact]
    public void Base64_json_payload_accepts_a_payload_followed_by_a_signature()
    {
        var token = "sntrys_" + Base64("{\"iat\":1,\"region_url\":\"u\"}").TrimEnd('=') + "_" + ExampleTemplate.Expand("{{base64:43}}", new Random(9));
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("base64-json-payload")!.Validate(token));
    }

    [Fact]
    public void Base64_json_payload_rejects_random_bodies()
    {
        var token = "ops_" + ExampleTemplate.Expand("{{alnum:300}}", new Random(11));
        Assert.Equal(ValidationStatus.Invalid, SecretValidators.Find("base64-json-payload")!.Validate(token));
    }

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    public void Pem_accepts_freshly_generated_keys_whatever_their_base64_lines_start_or_end_with(string label)
    {
        // Base64 lines often begin or end with '+'; only a '+' concatenation operator may be stripped.
        var validator = SecretValidators.Find("pem-private-key")!;
        for (var seed = 0; seed < 8; seed++)
        {
            var pem = ExampleTemplate.Expand("{{pem:" + label + "}}", new Random(seed));
            Assert.Equal(ValidationStatus.Valid, validator.Validate(pem));
        }
    }

    [Fact]
    public void Pem_accepts_a_key_written_as_concatenated_string_literals()
    {
        var pem = ExampleTemplate.Expand("{{pem:EC PRIVATE KEY}}", new Random(29));
        var code = "var key = " + string.Join(" +\n", pem.Split('\n').Select(line => "\"" + line + "\\n\"")) + ";";
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("pem-private-key")!.Validate(code));
    }

    [Fact]
    public void Base64_pem_accepts_an_encoded_private_key()
    {
        var pem = ExampleTemplate.Expand("{{pem:RSA PRIVATE KEY}}", new Random(13));
        Assert.Equal(ValidationStatus.Valid, SecretValidators.Find("base64-pem-private-key")!.Validate(Base64(pem)));
    }

    [Fact]
    public void Base64_pem_rejects_encoded_text_without_a_key()
    {
        Assert.Equal(ValidationStatus.Invalid, SecretValidators.Find("base64-pem-private-key")!.Validate(Base64("-----BEGIN CERTIFICATE-----\nabc\n")));
    }
}

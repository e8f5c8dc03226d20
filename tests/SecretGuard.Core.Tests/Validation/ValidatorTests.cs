using System.Security.Cryptography;
using System.Text;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Validation;

public class ValidatorTests
{
    [Fact]
    public void GitHub_checksum_accepts_generated_tokens_and_rejects_altered_ones()
    {
        var validator = SecretValidators.Find("github-checksum")!;
        var token = TestSecrets.GitHubToken(3);
        Assert.Equal(ValidationStatus.Valid, validator.Validate(token));
        var altered = token.Substring(0, 10) + (token[10] == 'x' ? 'y' : 'x') + token.Substring(11);
        Assert.Equal(ValidationStatus.Invalid, validator.Validate(altered));
        Assert.Equal(ValidationStatus.NotChecked, validator.Validate("ghp_short"));
    }

    [Fact]
    public void Aws_key_id_must_be_base32_after_the_prefix()
    {
        var validator = SecretValidators.Find("aws-access-key-id")!;
        Assert.Equal(ValidationStatus.Valid, validator.Validate("AKIA" + TestSecrets.Random(16, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")));
        Assert.Equal(ValidationStatus.Invalid, validator.Validate("AKIA" + TestSecrets.Random(15, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "1"));
    }

    [Fact]
    public void Jwt_needs_a_json_header_with_alg_and_a_json_payload()
    {
        var validator = SecretValidators.Find("jwt")!;
        string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var jwt = B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64("{\"sub\":\"" + TestSecrets.Random(8, 1) + "\"}") + "." + TestSecrets.Random(43, 2);
        Assert.Equal(ValidationStatus.Valid, validator.Validate(jwt));
        Assert.Equal(ValidationStatus.Invalid, validator.Validate(B64("not json") + "." + B64("{}") + ".sig"));
    }

    [Fact]
    public void Pem_validator_accepts_a_real_key_and_rejects_garbage()
    {
        var validator = SecretValidators.Find("pem-private-key")!;
        using var rsa = RSA.Create(2048);
        Assert.Equal(ValidationStatus.Valid, validator.Validate(rsa.ExportRSAPrivateKeyPem()));
        Assert.Equal(ValidationStatus.Valid, validator.Validate(rsa.ExportPkcs8PrivateKeyPem()));
        var fake = "-----BEGIN RSA PRIVATE KEY-----\n" + TestSecrets.Random(64, 4) + "!!\n-----END RSA PRIVATE KEY-----";
        Assert.Equal(ValidationStatus.Invalid, validator.Validate(fake));
    }
}

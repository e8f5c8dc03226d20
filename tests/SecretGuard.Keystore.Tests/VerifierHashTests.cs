using System.Security.Cryptography;
using System.Text;

namespace SecretGuard.Keystore.Tests;

public sealed class VerifierHashTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(51)]
    [InlineData(64)]
    [InlineData(200)]
    [InlineData(5000)]
    public void Verifier_is_standard_hmac_sha256_under_the_derived_key(int length)
    {
        var keys = new KeystoreKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(16));
        var secret = new string('x', length) + "é";

        var expected = HMACSHA256.HashData(keys.VerifierKey, Encoding.UTF8.GetBytes(secret));

        Assert.Equal(Convert.ToBase64String(expected), keys.ComputeVerifier(secret).ToBase64());
    }

    [Fact]
    public void Different_master_keys_give_different_verifiers_for_the_same_secret()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var a = new KeystoreKeys(RandomNumberGenerator.GetBytes(32), salt).ComputeVerifier("same secret");
        var b = new KeystoreKeys(RandomNumberGenerator.GetBytes(32), salt).ComputeVerifier("same secret");

        Assert.False(a.FixedTimeEquals(b));
    }
}

using SecretGuard.Core.Detection;
using SecretGuard.Core.Findings;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Tests.Validation;

public class SecretGuardKeyChecksumValidatorTests
{
    private static string KeystoreFormatKey(int seed) =>
        "sgk_" + PrefixedCrc32TokenValidator.AppendChecksum(string.Empty, TestSecrets.Random(8, seed) + "_" + TestSecrets.Random(32, seed + 1));

    [Fact]
    public void Built_in_catalog_finds_keystore_keys_and_validates_their_checksum()
    {
        var key = KeystoreFormatKey(11);
        var finding = Assert.Single(SecretScanner.Default.Scan("BILLING_API_KEY=" + key, "deploy.env"));
        Assert.Equal("secretguard-api-key", finding.RuleId);
        Assert.Equal(ValidationStatus.Valid, finding.Validation);
    }

    [Fact]
    public void A_mistyped_keystore_key_is_invalid()
    {
        var key = KeystoreFormatKey(12);
        var typo = key.Substring(0, 20) + (key[20] == 'q' ? 'r' : 'q') + key.Substring(21);
        Assert.Equal(ValidationStatus.Invalid, SecretValidators.Find("secretguard-key-checksum")!.Validate(typo));
    }
}

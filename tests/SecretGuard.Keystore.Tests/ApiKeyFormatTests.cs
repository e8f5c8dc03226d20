using System.Security.Cryptography;
using SecretGuard.Core.Validation;
using SecretGuard.Keystore.Keys;

namespace SecretGuard.Keystore.Tests;

public sealed class ApiKeyFormatTests
{
    /// <summary>A random GitHub-format token (generated, never committed).</summary>
    public static string RandomToken()
        => PrefixedCrc32TokenValidator.AppendChecksum("ghp_", RandomNumberGenerator.GetString(Base62.Alphabet, 30));

    [Fact]
    public void Generated_key_has_prefix_key_id_random_part_and_a_valid_checksum()
    {
        var key = ApiKeyFormat.Create("sgk", "Ab12Cd34");

        Assert.StartsWith("sgk_Ab12Cd34_", key, StringComparison.Ordinal);
        Assert.Equal(4 + 8 + 1 + 32 + 6, key.Length);
        Assert.Equal(ApiKeyParse.Valid, ApiKeyFormat.Parse(key, out var keyId));
        Assert.Equal("Ab12Cd34", keyId);
    }

    [Fact]
    public void Two_generated_keys_differ()
    {
        Assert.NotEqual(ApiKeyFormat.Create("sgk", "Ab12Cd34"), ApiKeyFormat.Create("sgk", "Ab12Cd34"));
    }

    [Fact]
    public void Any_changed_character_after_the_prefix_breaks_the_checksum()
    {
        var key = ApiKeyFormat.Create("sgk", "Ab12Cd34");
        for (var i = 4; i < key.Length; i++)
        {
            if (key[i] == '_')
            {
                continue;
            }

            var changed = key[..i] + (key[i] == 'a' ? 'b' : 'a') + key[(i + 1)..];
            Assert.Equal(ApiKeyParse.BadChecksum, ApiKeyFormat.Parse(changed, out _));
        }
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("Sgk_Ab12Cd34_0123456789012345678901234567890123456")]
    public void Other_values_are_not_api_keys(string value)
    {
        Assert.Equal(ApiKeyParse.NotAnApiKey, ApiKeyFormat.Parse(value, out _));
    }

    [Fact]
    public void Custom_prefixes_are_lower_case_alphanumerics()
    {
        Assert.True(ApiKeyFormat.IsValidPrefix("acme"));
        Assert.False(ApiKeyFormat.IsValidPrefix("ACME"));
        Assert.False(ApiKeyFormat.IsValidPrefix("a"));
        Assert.False(ApiKeyFormat.IsValidPrefix("ac_me"));
        Assert.Equal(ApiKeyParse.Valid, ApiKeyFormat.Parse(ApiKeyFormat.Create("acme2", "Zz99Yy88"), out _));
    }
}

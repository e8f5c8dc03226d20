using SecretGuard.Core.Detection;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Tests.Catalog;

/// <summary>How placeholder filtering treats values the catalog's rules capture.</summary>
public sealed class PlaceholderDetectorTests
{
    [Theory]
    [InlineData("dckr_pat_", "Example", "{{alnum:20}}")]
    [InlineData("lin_api_", "{{alnum:33}}", "EXAMPLE")]
    [InlineData("", "{{base64:40}}", "todo{{base64:20}}")]
    public void Real_format_token_containing_a_placeholder_word_is_not_a_placeholder(string prefix, string first, string second)
    {
        var value = ExampleTemplate.Expand(prefix + first + second, new Random(17));
        Assert.False(PlaceholderDetector.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("sk_live_your_key_here")]
    [InlineData("REPLACE_WITH_PASSWORD")]
    [InlineData("{password}")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$(PGPASSWORD)")]
    [InlineData("<your-token>")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    public void Stand_ins_are_placeholders(string value)
    {
        Assert.True(PlaceholderDetector.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("self.password")]
    [InlineData("config.Secrets.ApiKey")]
    [InlineData("login-password-input")]
    [InlineData("user_access_token")]
    [InlineData("passwordField")]
    [InlineData("SuperSecretValue")]
    [InlineData("an example sentence here")]
    [InlineData("HTMLTokenizer")]
    [InlineData("2016-09-08T21:47:36Z")]
    [InlineData("arn:aws:iam::aws:policy/IAMUserChangePassword")]
    [InlineData("123456789012345678901234567890")]
    public void Generic_rules_treat_code_and_names_as_non_secrets(string value)
    {
        Assert.True(PlaceholderDetector.IsGenericNonSecret(value));
    }

    [Theory]
    [InlineData("{{alnum:16}}")]
    [InlineData("Tr0ub4dor.{{digit:3}}")]
    [InlineData("{{upper:2}}{{lower:1}}{{upper:1}}{{lower:1}}{{upper:3}}{{lower:1}}{{digit:2}}")]
    [InlineData("{{alnum:8}}-{{alnum:8}}")]
    public void Generic_rules_keep_password_like_values(string template)
    {
        Assert.False(PlaceholderDetector.IsGenericNonSecret(ExampleTemplate.Expand(template, new Random(19))));
    }

    [Fact]
    public void Generic_rules_reject_a_token_with_a_placeholder_word_even_when_random()
    {
        var value = ExampleTemplate.Expand("{{alnum:24}}sample{{alnum:8}}", new Random(23));
        Assert.True(PlaceholderDetector.IsGenericNonSecret(value));
        Assert.False(PlaceholderDetector.IsPlaceholder(value));
    }
}

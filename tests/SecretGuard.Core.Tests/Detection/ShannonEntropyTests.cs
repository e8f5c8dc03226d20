using SecretGuard.Core.Detection;

namespace SecretGuard.Core.Tests.Detection;

public class ShannonEntropyTests
{
    [Theory]
    [InlineData("", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("ab", 1.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("0123456789abcdef", 4.0)]
    public void Computes_bits_per_character(string value, double expected)
    {
        Assert.Equal(expected, ShannonEntropy.Compute(value), 6);
    }

    [Fact]
    public void Counts_non_ascii_characters()
    {
        Assert.Equal(1.0, ShannonEntropy.Compute("éa"), 6);
        Assert.Equal(2.0, ShannonEntropy.Compute("éüöa"), 6);
    }
}

using System.Text.RegularExpressions;
using SecretGuard.Core.Config;

namespace SecretGuard.Core.Tests.Config;

public class GoRegexTranslatorTests
{
    [Theory]
    [InlineData(@"(?P<key>abc)", @"(?<key>abc)")]
    [InlineData(@"[[:alnum:]]{8}", @"[0-9A-Za-z]{8}")]
    [InlineData(@"[[:alpha:][:digit:]_-]", @"[A-Za-z0-9_-]")]
    [InlineData(@"[^[:space:]]", @"[^\t\n\v\f\r ]")]
    [InlineData(@"[[:xdigit:]]", @"[0-9A-Fa-f]")]
    [InlineData(@"[[:upper:][:lower:]]", @"[A-Za-z]")]
    [InlineData(@"[[:word:]]", @"[0-9A-Za-z_]")]
    [InlineData(@"\Qa.b*c\E+", @"a\.b\*c+")]
    [InlineData(@"\x{41}\x60", @"A\x60")]
    [InlineData(@"\pL\PN", @"\p{L}\P{N}")]
    [InlineData(@"\d\w\s", @"[0-9][0-9A-Za-z_][\t\n\f\r ]")]
    [InlineData(@"[\w.-]", @"[0-9A-Za-z_.-]")]
    [InlineData(@"(?i)(?s)abc\z", @"(?i)(?s)abc\z")]
    [InlineData(@"plain-pattern", @"plain-pattern")]
    [InlineData(@"[]a]", @"[\]a]")]
    [InlineData(@"[a-[]", @"[a-\[]")]
    public void TranslatesGoSyntaxToDotNet(string go, string expected)
    {
        Assert.Equal(expected, GoRegexTranslator.Translate(go));
    }

    [Fact]
    public void PosixPunctClassMatchesAsciiPunctuationOnly()
    {
        var regex = new Regex("^" + GoRegexTranslator.Translate("[[:punct:]]+") + "$");

        Assert.Matches(regex, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        Assert.DoesNotMatch(regex, "a");
        Assert.DoesNotMatch(regex, " ");
    }

    [Fact]
    public void ShorthandClassesAreAsciiOnlyAsInRe2()
    {
        var regex = new Regex("^" + GoRegexTranslator.Translate(@"\w+\d") + "$");

        Assert.Matches(regex, "abc_1");
        Assert.DoesNotMatch(regex, "é1");
        Assert.DoesNotMatch(regex, "ab٣"); // Arabic-Indic digit is \d in .NET but not in RE2
    }

    [Theory]
    [InlineData(@"(?U)a+", "ungreedy")]
    [InlineData(@"[[:nope:]]", "unknown POSIX class")]
    [InlineData(@"[[:^alpha:]]", "negated POSIX class")]
    [InlineData(@"abc\", "lone backslash")]
    [InlineData(@"a\C", "any byte")]
    public void RejectsSyntaxWithoutDotNetEquivalent(string go, string reason)
    {
        var error = Assert.Throws<GoRegexException>(() => GoRegexTranslator.Translate(go));

        Assert.Contains(reason, error.Message);
    }
}

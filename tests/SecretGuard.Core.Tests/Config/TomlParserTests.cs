using SecretGuard.Core.Config;
using SecretGuard.Core.Config.Toml;

namespace SecretGuard.Core.Tests.Config;

public class TomlParserTests
{
    private static TomlTable Parse(string text) => TomlParser.Parse(text, "test.toml");

    private static object Value(string toml)
    {
        var table = Parse(toml);
        Assert.True(table.TryGetValue("v", out var value));
        return value;
    }

    [Fact]
    public void ParsesBareQuotedAndDottedKeys()
    {
        var table = Parse("a = 1\n\"quoted key\" = 2\n'literal.key' = 3\nb . c = 4\nd.\"e.f\".g = 5\n1234 = 6\n-_ = 7\n");

        Assert.Equal(1L, table.TryGetValue("a", out var a) ? a : null);
        Assert.True(table.ContainsKey("quoted key"));
        Assert.True(table.ContainsKey("literal.key"));
        Assert.True(table.TryGetValue("b", out var b));
        Assert.True(((TomlTable)b).TryGetValue("c", out var c));
        Assert.Equal(4L, c);
        Assert.True(table.TryGetValue("d", out var d));
        Assert.True(((TomlTable)d).TryGetValue("e.f", out var ef));
        Assert.True(((TomlTable)ef).ContainsKey("g"));
        Assert.True(table.ContainsKey("1234"));
        Assert.True(table.ContainsKey("-_"));
    }

    [Fact]
    public void KeepsKeyOrderAndPositions()
    {
        var table = Parse("# comment\nzeta = 1\n  alpha = 2\n");

        Assert.Equal(new[] { "zeta", "alpha" }, table.Keys);
        Assert.Equal(2, table.PositionOf("zeta").Line);
        Assert.Equal(3, table.PositionOf("alpha").Line);
        Assert.Equal(3, table.PositionOf("alpha").Column);
    }

    [Theory]
    [InlineData("v = \"plain\"", "plain")]
    [InlineData("v = \"tab\\there\"", "tab\there")]
    [InlineData("v = \"quote \\\" backslash \\\\ \\b\\f\\n\\r\"", "quote \" backslash \\ \b\f\n\r")]
    [InlineData("v = \"\\u00E9\\U0001F600\"", "é\U0001F600")]
    [InlineData("v = 'C:\\path\\no\\escapes'", "C:\\path\\no\\escapes")]
    [InlineData("v = ''", "")]
    [InlineData("v = \"\"", "")]
    public void ParsesSingleLineStrings(string toml, string expected)
    {
        Assert.Equal(expected, Value(toml));
    }

    [Fact]
    public void ParsesMultiLineLiteralStringAsGitleaksWritesRegexes()
    {
        var value = Value("v = '''(?i)\\b(ghp_[0-9a-z]{36})(?:['|\\\"|\\n|\\r|\\s|\\x60]|$)'''\n");

        Assert.Equal("(?i)\\b(ghp_[0-9a-z]{36})(?:['|\\\"|\\n|\\r|\\s|\\x60]|$)", value);
    }

    [Fact]
    public void MultiLineStringsTrimTheFirstNewlineAndKeepTheRest()
    {
        Assert.Equal("line 1\nline 2\n", Value("v = '''\nline 1\nline 2\n'''"));
        Assert.Equal("line 1\nline 2", Value("v = \"\"\"\nline 1\nline 2\"\"\""));
    }

    [Fact]
    public void MultiLineStringsAllowQuotesBeforeTheClosingDelimiter()
    {
        Assert.Equal("it's''", Value("v = '''it's'''''"));
        Assert.Equal("say \"hi\"\"", Value("v = \"\"\"say \"hi\"\"\"\"\""));
    }

    [Fact]
    public void LineEndingBackslashJoinsLinesInMultiLineBasicString()
    {
        Assert.Equal("The quick brown fox.", Value("v = \"\"\"\nThe quick \\\n\n     brown \\\n   fox.\"\"\""));
    }

    [Fact]
    public void CrLfLineEndingsAreAccepted()
    {
        var table = Parse("a = 1\r\n[t]\r\nb = '''x\r\ny'''\r\n");

        Assert.True(table.TryGetValue("t", out var t));
        Assert.True(((TomlTable)t).TryGetValue("b", out var b));
        Assert.Equal("x\r\ny", b);
    }

    [Theory]
    [InlineData("v = 42", 42L)]
    [InlineData("v = +17", 17L)]
    [InlineData("v = -17", -17L)]
    [InlineData("v = 0", 0L)]
    [InlineData("v = 1_000_000", 1000000L)]
    [InlineData("v = 0xDEAD_beef", 0xDEADBEEFL)]
    [InlineData("v = 0o755", 493L)]
    [InlineData("v = 0b1101", 13L)]
    [InlineData("v = 9223372036854775807", long.MaxValue)]
    [InlineData("v = 0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("v = -9223372036854775808", long.MinValue)]
    public void ParsesIntegers(string toml, long expected)
    {
        Assert.Equal(expected, Value(toml));
    }

    [Theory]
    [InlineData("v = 3.5", 3.5)]
    [InlineData("v = -0.01", -0.01)]
    [InlineData("v = 5e+22", 5e22)]
    [InlineData("v = 6.626e-34", 6.626e-34)]
    [InlineData("v = 1_000.000_1", 1000.0001)]
    [InlineData("v = inf", double.PositiveInfinity)]
    [InlineData("v = -inf", double.NegativeInfinity)]
    public void ParsesFloats(string toml, double expected)
    {
        Assert.Equal(expected, Value(toml));
    }

    [Fact]
    public void ParsesNan()
    {
        Assert.True(double.IsNaN((double)Value("v = nan")));
    }

    [Fact]
    public void ParsesBooleansAndDates()
    {
        Assert.Equal(true, Value("v = true"));
        Assert.Equal(false, Value("v = false"));
        Assert.Equal("1979-05-27T07:32:00Z", ((TomlDateTime)Value("v = 1979-05-27T07:32:00Z")).Text);
        Assert.Equal("1979-05-27 07:32:00.999999-07:00", ((TomlDateTime)Value("v = 1979-05-27 07:32:00.999999-07:00")).Text);
        Assert.Equal("1979-05-27", ((TomlDateTime)Value("v = 1979-05-27")).Text);
        Assert.Equal("07:32:00", ((TomlDateTime)Value("v = 07:32:00")).Text);
    }

    [Fact]
    public void ParsesMultiLineArraysWithCommentsAndTrailingComma()
    {
        var array = (TomlArray)Value("v = [\n  \"a\", # first\n  'b',\n\n  # a comment line\n  \"\"\"c\"\"\",\n]\n");

        Assert.Equal(new object[] { "a", "b", "c" }, array.Items);
        Assert.False(array.IsArrayOfTables);
        Assert.Equal(3, array.PositionOf(1).Line);
    }

    [Fact]
    public void ParsesNestedAndMixedArrays()
    {
        var array = (TomlArray)Value("v = [[1, 2], ['x'], [], { a = 1 }]");

        Assert.Equal(4, array.Count);
        Assert.Equal(2, ((TomlArray)array[0]).Count);
        Assert.Empty(((TomlArray)array[2]).Items);
        Assert.IsType<TomlTable>(array[3]);
    }

    [Fact]
    public void ParsesInlineTablesWithDottedKeys()
    {
        var table = (TomlTable)Value("v = { name = \"x\", point.x = 1, point.y = 2, empty = {} }");

        Assert.Equal(TomlTableKind.Inline, table.Kind);
        Assert.True(table.TryGetValue("point", out var point));
        Assert.Equal(2, ((TomlTable)point).Count);
        Assert.True(table.TryGetValue("empty", out var empty));
        Assert.Equal(0, ((TomlTable)empty).Count);
    }

    [Fact]
    public void BuildsArraysOfTablesWithSubTablesAsGitleaksConfigsDo()
    {
        var toml = string.Join("\n",
            "title = \"config\"",
            "[[rules]]",
            "id = \"one\"",
            "[rules.allowlist]",
            "paths = ['a']",
            "[[rules]]",
            "id = \"two\"",
            "[[rules.allowlists]]",
            "regexes = ['x']",
            "[[rules.allowlists]]",
            "stopwords = ['y']",
            "[rules.examples]",
            "match = ['m']",
            "");

        var root = Parse(toml);

        Assert.True(root.TryGetValue("rules", out var rulesValue));
        var rules = (TomlArray)rulesValue;
        Assert.True(rules.IsArrayOfTables);
        Assert.Equal(2, rules.Count);
        var first = (TomlTable)rules[0];
        Assert.True(first.ContainsKey("allowlist"));
        var second = (TomlTable)rules[1];
        Assert.True(second.TryGetValue("allowlists", out var allowlists));
        Assert.Equal(2, ((TomlArray)allowlists).Count);
        Assert.True(second.ContainsKey("examples"));
        Assert.Equal(6, second.Position.Line);
    }

    [Fact]
    public void ImplicitParentTableMayBeDefinedLater()
    {
        var root = Parse("[a.b]\nx = 1\n[a]\ny = 2\n");

        Assert.True(root.TryGetValue("a", out var a));
        Assert.True(((TomlTable)a).ContainsKey("y"));
        Assert.True(((TomlTable)a).ContainsKey("b"));
    }

    [Fact]
    public void AcceptsByteOrderMarkAndEmptyDocument()
    {
        Assert.Equal(0, Parse("").Count);
        Assert.Equal(1, Parse("\uFEFFa = 1").Count);
    }

    [Theory]
    [InlineData("a = 1\na = 2", 2, 1, "defined more than once")]
    [InlineData("[t]\n[t]", 2, 2, "defined more than once")]
    [InlineData("a = 'x'\n[a]", 2, 2, "defined more than once")]
    [InlineData("x = \"unterminated\n", 1, 5, "not closed")]
    [InlineData("x = '''never closed\n\n", 1, 5, "not closed")]
    [InlineData("x = [1, 2\ny = 3", 2, 1, "expected ',' or ']'")]
    [InlineData("x = \"bad \\q escape\"", 1, 10, "invalid escape")]
    [InlineData("x = \"\\u12\"", 1, 6, "unicode escape")]
    [InlineData("x = bare", 1, 5, "strings need quotes")]
    [InlineData("x = 1 y = 2", 1, 7, "end of the line")]
    [InlineData("x", 1, 2, "expected '='")]
    [InlineData("= 1", 1, 1, "expected a key")]
    [InlineData("x =", 1, 4, "expected a value")]
    [InlineData("x = 01", 1, 5, "invalid number")]
    [InlineData("x = 1__0", 1, 5, "invalid number")]
    [InlineData("x = 99999999999999999999", 1, 5, "out of range")]
    [InlineData("x = 0x1_0000_0000_0000_0000", 1, 5, "out of range")]
    [InlineData("x = 0x8000000000000000", 1, 5, "out of range")]
    [InlineData("x = 0b2", 1, 5, "invalid digit")]
    [InlineData("x = { a = 1,\n b = 2 }", 1, 13, "one line")]
    [InlineData("[t\nx = 1", 1, 3, "expected ']'")]
    [InlineData("x = [ 1 2 ]", 1, 9, "expected ',' or ']'")]
    [InlineData("[[a]]\n[a]", 2, 2, "defined more than once")]
    [InlineData("a = [1]\n[[a]]", 2, 3, "array of tables")]
    [InlineData("a = {b = 1}\n[a.c]", 2, 2, "inline table")]
    [InlineData("[a]\nb.c = 1\n[a.b]", 3, 4, "defined more than once")]
    [InlineData("x = 1979-13-45", 1, 5, "invalid date")]
    [InlineData("x = \"a\u0001b\"", 1, 7, "control character")]
    public void ErrorsNameLineAndColumn(string toml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(toml));

        Assert.Equal("test.toml", error.SourceName);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"test.toml({line},{column}): ", error.Message);
    }

    [Fact]
    public void ParsesFiveHundredRuleFileInMilliseconds()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            builder.Append("[[rules]]\nid = \"rule-").Append(i).Append("\"\n");
            builder.Append("description = \"Rule number ").Append(i).Append("\"\n");
            builder.Append("regex = '''(?i)[\\w.-]{0,50}?(?:vendor").Append(i).Append(")(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;]|\\\\[nr]|$)'''\n");
            builder.Append("keywords = [\"vendor").Append(i).Append("\", \"other\"]\nentropy = 3.5\n");
            builder.Append("[[rules.allowlists]]\nregexTarget = \"line\"\nregexes = ['''example''', '''test''']\n\n");
        }

        var text = builder.ToString();
        Parse(text); // warm up
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var root = Parse(text);
        watch.Stop();

        Assert.True(root.TryGetValue("rules", out var rules));
        Assert.Equal(500, ((TomlArray)rules).Count);
        Assert.True(watch.ElapsedMilliseconds < 100, $"parsing took {watch.ElapsedMilliseconds} ms");
    }
}

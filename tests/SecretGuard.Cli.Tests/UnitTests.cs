using System.Text;
using SecretGuard.Cli.Reporting;
using SecretGuard.Cli.Scanning;

namespace SecretGuard.Cli.Tests;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("1048576", 1048576L)]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("10MB", 10L * 1024 * 1024)]
    [InlineData("1gb", 1024L * 1024 * 1024)]
    [InlineData("3 M", 3L * 1024 * 1024)]
    public void Sizes_parse_with_binary_units(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("4GB")]
    public void Nonsense_zero_negative_and_over_2GB_are_rejected(string text) => Assert.False(ByteSize.TryParse(text, out _));
}

public sealed class BinaryDetectorTests
{
    [Fact]
    public void Nul_byte_means_binary() => Assert.True(BinaryDetector.LooksBinary([(byte)'a', 0, (byte)'b']));

    [Fact]
    public void Source_text_with_a_few_latin1_bytes_is_text() =>
        Assert.False(BinaryDetector.LooksBinary(Encoding.Latin1.GetBytes("// caf\u00e9 na\u00efve r\u00e9sum\u00e9\nvar x = 1;\nvar y = 2;\n")));

    [Fact]
    public void Mostly_invalid_utf8_and_control_bytes_is_binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        Assert.True(BinaryDetector.LooksBinary(bytes));
    }

    [Fact]
    public void A_multibyte_character_cut_at_the_sample_end_does_not_count()
    {
        var text = new string('a', BinaryDetector.SampleSize - 1) + "\u00e9";
        Assert.False(BinaryDetector.LooksBinary(Encoding.UTF8.GetBytes(text)));
    }
}

public sealed class ReportEscapingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    public void Csv_fields_are_quoted_and_guarded_against_formulas(string field, string expected) =>
        Assert.Equal(expected, CsvReportWriter.Escape(field));

    [Fact]
    public void Xml_safe_replaces_control_characters_and_keeps_surrogate_pairs() =>
        Assert.Equal("a\uFFFDb\U0001F600", JunitReportWriter.XmlSafe("a\u0001b\U0001F600"));

    [Fact]
    public void Sarif_relative_uris_escape_each_segment() =>
        Assert.Equal("src/my%20app/a%23b.cs", SarifReportWriter.RelativeUri("src/my app/a#b.cs"));
}

public sealed class LogicalPathsTests
{
    [Fact]
    public void Paths_under_the_current_folder_are_relative_to_it()
    {
        var cwd = Path.Combine(Path.GetTempPath(), "repo");
        var paths = LogicalPaths.For([Path.Combine(cwd, "src")], cwd);

        Assert.Equal("src/a/b.cs", paths.ToLogical(Path.Combine(cwd, "src", "a", "b.cs")));
    }

    [Fact]
    public void A_single_folder_outside_the_current_folder_becomes_the_base()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        try
        {
            var paths = LogicalPaths.For([elsewhere], Path.Combine(Path.GetTempPath(), "cwd"));

            Assert.Equal(elsewhere, paths.BaseDirectory);
            Assert.Equal("x/y.txt", paths.ToLogical(Path.Combine(elsewhere, "x", "y.txt")));
        }
        finally
        {
            Directory.Delete(elsewhere);
        }
    }

    [Fact]
    public void Sibling_folders_with_a_common_prefix_are_not_inside_each_other()
    {
        var cwd = Path.Combine(Path.GetTempPath(), "app");
        var paths = LogicalPaths.For([Path.Combine(cwd, "x")], cwd);

        Assert.Equal(Path.Combine(Path.GetTempPath(), "application", "f.txt").Replace('\\', '/'), paths.ToLogical(Path.Combine(Path.GetTempPath(), "application", "f.txt")));
    }
}

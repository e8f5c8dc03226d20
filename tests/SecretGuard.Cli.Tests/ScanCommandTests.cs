using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SecretGuard.Cli.Common;
using SecretGuard.Cli.Tests.Support;

namespace SecretGuard.Cli.Tests;

public sealed class ScanCommandTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Clean_folder_exits_0_and_says_no_secrets_found()
    {
        tree.Write("src/Program.cs", "class Program { static void Main() { } }\n");

        var result = Tool.Run("scan", tree.Root);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("No secrets found", result.Out);
        Assert.Contains("1 file scanned", result.Out);
    }

    [Fact]
    public void Folder_with_a_token_exits_1_and_reports_file_line_and_rule_without_the_secret()
    {
        var token = TestSecrets.GitHubToken();
        tree.Write("config/app.json", "{\n  \"token\": \"" + token + "\"\n}\n");

        var result = Tool.Run("scan", tree.Root);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("config/app.json", result.Out);
        Assert.Contains("2:13", result.Out);
        Assert.Contains("github-pat", result.Out);
        Assert.Contains("1 finding in 1 file", result.Out);
        Assert.DoesNotContain(token, result.All);
    }

    [Fact]
    public void Default_path_is_the_current_folder_and_paths_are_relative_to_it()
    {
        // The test process's current folder holds the build output only: no secrets, exit 0.
        var result = Tool.Run("scan", "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.True(JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt64() > 0);
    }

    [Fact]
    public void Missing_path_exits_2_with_one_clear_line_and_no_stack_trace()
    {
        var result = Tool.Run("scan", Path.Combine(tree.Root, "does-not-exist"));

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("path not found", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--max-file-size", "lots")]
    [InlineData("--threads", "0")]
    [InlineData("--min-confidence", "extreme")]
    public void Bad_option_values_exit_2(string option, string value)
    {
        var result = Tool.Run("scan", tree.Root, option, value);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("error", result.Error);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var result = Tool.Run("scan", tree.Root, "--no-such-option");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("unknown option: --no-such-option", result.Error);
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        var result = Tool.Run("scna");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
    }

    [Fact]
    public void Stdin_is_scanned_under_the_logical_path_stdin()
    {
        var token = TestSecrets.GitHubToken();

        var result = Tool.RunWithInput("export TOKEN=" + token + "\n", "scan", "-", "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var finding = Assert.Single(Findings(result));
        Assert.Equal("stdin", finding.GetProperty("path").GetString());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
        Assert.Equal(14, finding.GetProperty("column").GetInt32());
        Assert.DoesNotContain(token, result.All);
    }

    [Fact]
    public void Stdin_name_sets_the_logical_path()
    {
        var result = Tool.RunWithInput("t=" + TestSecrets.GitHubToken(), "scan", "-", "--stdin-name", "deploy/.env", "--format", "json");

        Assert.Equal("deploy/.env", Assert.Single(Findings(result)).GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("bin")]
    [InlineData("obj")]
    public void Build_output_folders_are_skipped_unless_included(string folder)
    {
        tree.Write(folder + "/deep/settings.json", "{\"t\":\"" + TestSecrets.GitHubToken() + "\"}");

        var skipped = Tool.Run("scan", tree.Root);
        var included = Tool.Run("scan", tree.Root, "--include-ignored-dirs", "--format", "json");

        Assert.Equal(ExitCodes.Clean, skipped.ExitCode);
        Assert.Equal(ExitCodes.Findings, included.ExitCode);
        Assert.Equal(folder + "/deep/settings.json", Assert.Single(Findings(included)).GetProperty("path").GetString());
    }

    [Theory]
    [InlineData(".git")]
    [InlineData("node_modules")]
    public void Git_and_node_modules_folders_are_not_entered_and_when_included_the_catalog_allowlist_still_skips_them(string folder)
    {
        tree.Write(folder + "/deep/settings.json", "{\"t\":\"" + TestSecrets.GitHubToken() + "\"}");

        var skipped = Tool.Run("scan", tree.Root, "--format", "json");
        var included = Tool.Run("scan", tree.Root, "--include-ignored-dirs", "--format", "json");

        Assert.Equal(ExitCodes.Clean, skipped.ExitCode);
        Assert.Equal(0, Summary(skipped).GetProperty("skipped").GetProperty("allowlisted").GetInt64());
        Assert.Equal(ExitCodes.Clean, included.ExitCode);
        Assert.Equal(1, Summary(included).GetProperty("skipped").GetProperty("allowlisted").GetInt64());
    }

    [Fact]
    public void Binary_file_is_skipped_and_counted()
    {
        tree.WriteBytes("image.dat", [.. new byte[] { 0x89, 0x50, 0x00, 0x01 }, .. Encoding.ASCII.GetBytes(TestSecrets.GitHubToken())]);

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var summary = Summary(result);
        Assert.Equal(1, summary.GetProperty("skipped").GetProperty("binary").GetInt64());
        Assert.Equal(0, summary.GetProperty("filesScanned").GetInt64());
    }

    [Fact]
    public void Pretty_summary_names_what_was_skipped()
    {
        tree.WriteBytes("a.bin", [0, 1, 2, 3]);

        var result = Tool.Run("scan", tree.Root);

        Assert.Contains("skipped 1 binary", result.Out);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_still_scanned()
    {
        var token = TestSecrets.GitHubToken();
        tree.WriteBytes("latin1.properties", [.. Encoding.Latin1.GetBytes("caf\u00e9=1\n"), .. Encoding.ASCII.GetBytes("token=" + token + "\n")]);

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal(2, Assert.Single(Findings(result)).GetProperty("line").GetInt32());
    }

    [Fact]
    public void Utf16_file_with_bom_is_scanned()
    {
        tree.WriteBytes("win.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("k=" + TestSecrets.GitHubToken())).ToArray());

        var result = Tool.Run("scan", tree.Root);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public void File_over_max_file_size_is_skipped_and_counted()
    {
        tree.Write("big.txt", new string('a', 4096) + " " + TestSecrets.GitHubToken());
        tree.Write("small.txt", "hello");

        var result = Tool.Run("scan", tree.Root, "--max-file-size", "2KB", "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(1, Summary(result).GetProperty("skipped").GetProperty("tooLarge").GetInt64());
        Assert.Equal(1, Summary(result).GetProperty("filesScanned").GetInt64());
    }

    [Fact]
    public void File_locked_by_another_handle_is_counted_unreadable_not_a_crash()
    {
        tree.Write("locked.txt", "t=" + TestSecrets.GitHubToken());
        tree.Write("open.txt", "nothing here");
        using var holder = new FileStream(tree.PathOf("locked.txt"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var result = Tool.Run("scan", tree.Root, "--format", "json", "--verbose");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(1, Summary(result).GetProperty("skipped").GetProperty("unreadable").GetInt64());
        Assert.Contains("skipped locked.txt", result.Error);
    }

    [Fact]
    public void Symlinks_are_not_followed_by_default_but_are_with_follow_symlinks()
    {
        using var outside = new TempTree();
        outside.Write("secret.env", "T=" + TestSecrets.GitHubToken());
        File.CreateSymbolicLink(tree.PathOf("linked.env"), outside.PathOf("secret.env"));
        Directory.CreateSymbolicLink(tree.PathOf("linked-dir"), outside.Root);

        var plain = Tool.Run("scan", tree.Root, "--format", "json");
        var followed = Tool.Run("scan", tree.Root, "--format", "json", "--follow-symlinks");

        Assert.Equal(ExitCodes.Clean, plain.ExitCode);
        Assert.Equal(2, Summary(plain).GetProperty("skipped").GetProperty("symlinks").GetInt64());
        Assert.Equal(ExitCodes.Findings, followed.ExitCode);
        Assert.Equal(["linked-dir/secret.env", "linked.env"], Findings(followed).Select(f => f.GetProperty("path").GetString()!).ToArray());
    }

    [Fact]
    public void Symlink_loop_is_walked_once_when_following()
    {
        tree.Write("a/x.txt", "k=" + TestSecrets.GitHubToken());
        Directory.CreateSymbolicLink(tree.PathOf("a/loop"), tree.PathOf("a"));

        var result = Tool.Run("scan", tree.Root, "--format", "json", "--follow-symlinks");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.InRange(Findings(result).Count, 1, 2);
    }

    [Fact]
    public void Broken_symlink_when_following_is_counted_unreadable()
    {
        File.CreateSymbolicLink(tree.PathOf("dangling.txt"), tree.PathOf("gone.txt"));

        var result = Tool.Run("scan", tree.Root, "--format", "json", "--follow-symlinks");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(1, Summary(result).GetProperty("skipped").GetProperty("unreadable").GetInt64());
    }

    [Fact]
    public void Huge_single_line_file_is_scanned_quickly()
    {
        var token = TestSecrets.GitHubToken();
        var line = new StringBuilder(9 * 1024 * 1024);
        while (line.Length < 4 * 1024 * 1024)
        {
            line.Append("var a=1,b=\"token\",c=[1,2,3],d=\"secret\";");
        }

        line.Append("k=\"").Append(token).Append("\";");
        while (line.Length < 8 * 1024 * 1024)
        {
            line.Append("function f(x){return x*2}");
        }

        tree.Write("bundle.min.js", line.ToString());
        var stopwatch = Stopwatch.StartNew();

        var result = Tool.Run("scan", tree.Root, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal(1, Assert.Single(Findings(result)).GetProperty("line").GetInt32());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Explicit_file_arguments_are_scanned_even_inside_ignored_folders()
    {
        var file = tree.Write("bin/leak.txt", "k=" + TestSecrets.GitHubToken());

        var result = Tool.Run("scan", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public void Overlapping_roots_scan_each_file_once()
    {
        var file = tree.Write("src/a.txt", "k=" + TestSecrets.GitHubToken());

        var result = Tool.Run("scan", tree.Root, tree.PathOf("src"), file, "--format", "json");

        Assert.Single(Findings(result));
        Assert.Equal(1, Summary(result).GetProperty("filesScanned").GetInt64());
    }

    [Fact]
    public void Findings_are_sorted_by_path_line_and_column_whatever_the_thread_count()
    {
        for (var i = 0; i < 40; i++)
        {
            tree.Write($"d{i % 7}/f{i:00}.txt", $"x\na={TestSecrets.GitHubToken()} b={TestSecrets.GitHubToken()}\n{TestSecrets.GitHubToken()}\n");
        }

        var parallel = Tool.Run("scan", tree.Root, "--format", "json", "--threads", "4");
        var serial = Tool.Run("scan", tree.Root, "--format", "json", "--threads", "1");

        var keys = Findings(parallel).Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32())).ToList();
        Assert.Equal(120, keys.Count);
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2).ThenBy(k => k.Item3).ToList(), keys);
        Assert.Equal(keys, Findings(serial).Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32())).ToList());
    }

    [Fact]
    public void Output_file_receives_the_report_and_stdout_stays_empty()
    {
        tree.Write("a.txt", "k=" + TestSecrets.GitHubToken());
        using var reports = new TempTree();
        var report = reports.PathOf("out/report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);

        var result = Tool.Run("scan", tree.Root, "--format", "json", "--output", report);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("1 finding in 1 file", result.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(1, document.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(report)!));
    }

    [Fact]
    public void Output_file_in_a_missing_folder_exits_2()
    {
        tree.Write("a.txt", "nothing");

        var result = Tool.Run("scan", tree.Root, "--output", tree.PathOf("no/such/folder/r.json"));

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Min_confidence_high_drops_tokens_whose_checksum_is_wrong()
    {
        var valid = TestSecrets.GitHubToken();
        var broken = valid[..^1] + (valid[^1] == 'A' ? 'B' : 'A');
        tree.Write("a.txt", $"one={valid}\ntwo={broken}\n");

        var all = Tool.Run("scan", tree.Root, "--format", "json");
        var high = Tool.Run("scan", tree.Root, "--format", "json", "--min-confidence", "high");

        Assert.Equal(2, Findings(all).Count);
        Assert.Equal(1, Assert.Single(Findings(high)).GetProperty("line").GetInt32());
    }

    [Fact]
    public void Help_exits_0_and_lists_the_options()
    {
        var result = Tool.Run("scan", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--max-file-size", result.Out);
        Assert.Contains("--include-ignored-dirs", result.Out);
    }

    private static List<JsonElement> Findings(CliResult result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static JsonElement Summary(CliResult result) => JsonDocument.Parse(result.Out).RootElement.GetProperty("summary");
}

using System.Text;

namespace SecretGuard.Benchmarks;

/// <summary>
/// Realistic text for benchmarks: this repository's own C#, JSON, TOML, Markdown and project files,
/// concatenated and repeated to a target size, with a handful of generated secrets sprinkled in.
/// </summary>
public static class SourceCorpus
{
    private static readonly string[] Extensions = { ".cs", ".json", ".csproj", ".props", ".md", ".yml", ".toml", ".sh" };

    public static string Build(int targetChars, int secrets, int seed = 1)
    {
        var root = FindRepoRoot();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}rules{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder(targetChars + 4096);
        while (builder.Length < targetChars)
        {
            foreach (var file in files)
            {
                builder.Append(File.ReadAllText(file)).Append('\n');
                if (builder.Length >= targetChars)
                {
                    break;
                }
            }
        }

        var random = new Random(seed);
        for (var i = 0; i < secrets; i++)
        {
            var position = builder.ToString().IndexOf('\n', random.Next(builder.Length - 1000)) + 1;
            builder.Insert(position, "    var token = \"" + SecretGuard.Core.Validation.PrefixedCrc32TokenValidator.AppendChecksum("ghp_", RandomAlnum(random, 30)) + "\";\n");
        }

        return builder.ToString();
    }

    private static string RandomAlnum(Random random, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private static string FindRepoRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SECRETGUARD_REPO");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "SecretGuard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the SecretGuard repository.");
    }
}

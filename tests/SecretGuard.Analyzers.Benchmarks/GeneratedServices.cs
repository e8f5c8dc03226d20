namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>
/// The C# port of build/bench-analyzer.sh's generator: ordinary service classes full of string literals, const
/// concatenations, interpolations, object and collection initializers, dictionary indexers, anonymous types, raw and
/// verbatim literals. Every 50th file adds a secret-named field and a <c>NetworkCredential</c> call (SG0002, SG0003)
/// whose values come from a seeded <see cref="Random"/> at run time, so nothing secret-looking is committed.
/// </summary>
internal static class GeneratedServices
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string SecretField = "admin" + "Pass" + "word"; // spelled in pieces so this file scans clean

    /// <summary>The files' paths and texts.</summary>
    public static IEnumerable<(string Path, string Text)> Create(int count, int seed)
    {
        var random = new Random(seed);
        string Word(int length) => new(random.GetItems(Alphabet.AsSpan(), length));

        for (var i = 0; i < count; i++)
        {
            var secretish = i % 50 != 0 ? "" : $$"""

                    private readonly string {{SecretField}} = "{{Word(12)}}!#{{Word(4)}}";
                    public object Credential() => new System.Net.NetworkCredential("svc{{i}}", "{{Word(10)}}!{{Word(3)}}");
                """;
            var text = $$""""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Text;

                namespace Bench.Area{{i / 100}};

                public sealed class Service{{i}}
                {
                    private const string Endpoint = "https://api.example.net/v1/service{{i}}";
                    private const string Prefix = "svc-" + "{{i}}";
                    private static readonly string[] Names = { "alpha-{{i}}", "beta-{{i}}", "gamma-{{i}}", "delta-{{i}}" };
                    private readonly Dictionary<string, string> settings = new() { ["Timeout"] = "00:00:30", ["Region"] = "westeurope-{{i}}" };
                    private string passwordPrompt = "Enter your password for service {{i}}";
                    public string Label { get; } = "Service number {{i}} handles requests for {{Word(6)}}";
                    public string UserName { get; set; } = "user_{{Word(6)}}";
                    public string TokenType { get; } = "Bearer";{{secretish}}

                    public int Compute(int x)
                    {
                        var total = 0;
                        for (var k = 0; k < x; k++)
                        {
                            total += k * {{i}} + (k % 7 == 0 ? 3 : 1);
                        }

                        return total + x;
                    }

                    public string Describe(int id) => $"Service {Prefix}: item {id} of {Names.Length} names at " + Endpoint + "/items/" + id;

                    public string Format(string a, string b) => string.Concat(a, "-", b, "-{{Word(8)}}");

                    public IEnumerable<string> Filter(IEnumerable<string> input) =>
                        input.Where(s => s.StartsWith("{{Word(3)}}", StringComparison.Ordinal) || s.Contains("needle-{{i}}")).Select(s => s.ToUpperInvariant());

                    public string Build(IReadOnlyList<string> parts)
                    {
                        var builder = new StringBuilder("header {{i}}: ");
                        foreach (var part in parts)
                        {
                            builder.Append(part).Append(", ");
                        }

                        builder.Append(@"C:\data\service{{i}}\out.txt");
                        builder.Append("""raw text with "quotes" {{i}}""");
                        return builder.ToString();
                    }

                    public object Options() => new { Name = "service-{{i}}", Retries = 3, Mode = "fast", Path = "/var/lib/service{{i}}" };

                    public string Lookup(string key) => settings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("Missing setting " + key + " in service {{i}}");
                }

                """";
            yield return ($"/bench/src/Service{i}.cs", text);
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecretGuard.Core.Validation;

namespace SecretGuard.Keystore.Export;

/// <summary>Renders exported variables in each format, quoting values so a shell or parser reads them back unchanged.</summary>
public static class ExportWriter
{
    public static string Render(IReadOnlyList<ExportVariable> variables, ExportFormat format)
    {
        var text = new StringBuilder();
        switch (format)
        {
            case ExportFormat.Env:
                foreach (var variable in variables)
                {
                    text.Append("export ").Append(variable.Name).Append("='").Append(variable.Value.Replace("'", "'\\''")).Append("'\n");
                }

                break;
            case ExportFormat.Dotenv:
                foreach (var variable in variables)
                {
                    text.Append(variable.Name).Append("=\"").Append(EscapeDotenv(variable.Value)).Append("\"\n");
                }

                break;
            case ExportFormat.Json:
                using (var stream = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    {
                        writer.WriteStartObject();
                        foreach (var variable in variables)
                        {
                            writer.WriteString(variable.Name, variable.Value);
                        }

                        writer.WriteEndObject();
                    }

                    text.Append(Encoding.UTF8.GetString(stream.ToArray())).Append('\n');
                }

                break;
            case ExportFormat.GitHubActions:
                text.Append(RenderGitHubMasks(variables));
                break;
        }

        return text.ToString();
    }

    /// <summary>Workflow commands that mask each value in the job's logs (written to stdout).</summary>
    public static string RenderGitHubMasks(IReadOnlyList<ExportVariable> variables)
    {
        var text = new StringBuilder();
        foreach (var variable in variables)
        {
            text.Append("::add-mask::").Append(variable.Value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The block to append to <c>$GITHUB_ENV</c>: <c>NAME&lt;&lt;DELIM</c>, value, <c>DELIM</c>, with a random delimiter.</summary>
    public static string RenderGitHubEnvFile(IReadOnlyList<ExportVariable> variables)
    {
        var text = new StringBuilder();
        foreach (var variable in variables)
        {
            var delimiter = "ghadelimiter_" + RandomNumberGenerator.GetString(Base62.Alphabet, 20);
            text.Append(variable.Name).Append("<<").Append(delimiter).Append('\n')
                .Append(variable.Value).Append('\n')
                .Append(delimiter).Append('\n');
        }

        return text.ToString();
    }

    private static string EscapeDotenv(string value)
        => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "\\$").Replace("\n", "\\n");
}

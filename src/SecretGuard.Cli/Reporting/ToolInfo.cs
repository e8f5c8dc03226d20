using System.Reflection;

namespace SecretGuard.Cli.Reporting;

/// <summary>Name, version and home page of the tool as reports (SARIF driver, JSON header, JUnit) show them.</summary>
public static class ToolInfo
{
    public const string Name = "secretguard";

    public const string FullName = "SecretGuard";

    /// <summary>Project home page (SARIF <c>informationUri</c>).</summary>
    public const string InformationUri = "https://github.com/secretguard/secretguard";

    /// <summary>Semantic version of this build, without source-revision metadata.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}

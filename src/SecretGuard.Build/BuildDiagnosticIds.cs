namespace SecretGuard.Build;

/// <summary>
/// Every diagnostic id the MSBuild task reports (the SG1xxx range; the analyzer owns SG0xxx).
/// Each id has a page under docs/rules/.
/// </summary>
public static class BuildDiagnosticIds
{
    /// <summary>A catalog rule matched text in a non-code file.</summary>
    public const string SecretInFile = "SG1001";

    /// <summary>A private key file (PEM private key block, PKCS#12 container) is part of the project.</summary>
    public const string PrivateKeyFile = "SG1002";

    /// <summary>The SecretGuard config or baseline file could not be read or parsed.</summary>
    public const string InvalidConfiguration = "SG1003";

    /// <summary>A file selected for scanning could not be read.</summary>
    public const string UnreadableFile = "SG1004";

    private const string HelpLinkBase = "https://github.com/secretguard/secretguard/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}

namespace SecretGuard.Build;

/// <summary>
/// Every diagnostic id the MSBuild task reports (the SG1xxx range; the analyzer owns SG0xxx).
/// Each id has a page under docs/rules/.
/// </summary>
public static class BuildDiagnosticIds
{
    /// <summary>A catalog rule matched text in a non-code file.</summary>
    public const string SecretInFile = "SG1001";

    /// <summary>Private key material is part of the project: a private key (PEM, OpenSSH, PGP …) or a key/credential store file (.p12, .pfx …).</summary>
    public const string PrivateKeyFile = "SG1002";

    /// <summary>The SecretGuard config or baseline file could not be read or parsed.</summary>
    public const string InvalidConfiguration = "SG1003";

    /// <summary>A file selected for scanning could not be read.</summary>
    public const string UnreadableFile = "SG1004";
}

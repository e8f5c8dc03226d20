namespace SecretGuard.Keystore.Export;

/// <summary>Formats <c>export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary><c>export NAME='value'</c> lines for a POSIX shell.</summary>
    Env,

    /// <summary><c>NAME="value"</c> lines for a .env file.</summary>
    Dotenv,

    /// <summary>A JSON object <c>{"NAME": "value"}</c>.</summary>
    Json,

    /// <summary><c>::add-mask::</c> commands plus a <c>$GITHUB_ENV</c> block (heredoc syntax with a random delimiter).</summary>
    GitHubActions,
}

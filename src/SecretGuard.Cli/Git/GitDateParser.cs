using System.CommandLine.Parsing;
using System.Globalization;

namespace SecretGuard.Cli.Git;

/// <summary>Parses <c>--since</c>/<c>--until</c>: ISO 8601 dates or date-times (<c>2024-05-01</c>, <c>2024-05-01T12:00:00+02:00</c>); UTC when no offset is given.</summary>
internal static class GitDateParser
{
    public static DateTimeOffset? Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value))
        {
            return value;
        }

        result.AddError($"'{token}' is not a date (examples: 2024-05-01, 2024-05-01T12:00:00Z).");
        return null;
    }
}

using System.Globalization;

namespace SecretGuard.Cli.Keystore;

/// <summary>Parses durations such as <c>24h</c>, <c>30m</c>, <c>7d</c>, <c>90s</c>, <c>0</c>.</summary>
internal static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        if (text == "0")
        {
            return true;
        }

        if (text.Length < 2 || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            return false;
        }

        switch (char.ToLowerInvariant(text[^1]))
        {
            case 's':
                duration = TimeSpan.FromSeconds(amount);
                return true;
            case 'm':
                duration = TimeSpan.FromMinutes(amount);
                return true;
            case 'h':
                duration = TimeSpan.FromHours(amount);
                return true;
            case 'd':
                duration = TimeSpan.FromDays(amount);
                return true;
            default:
                return false;
        }
    }
}

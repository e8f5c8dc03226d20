using System;
using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>Maps a rule severity and the <c>SecretGuardSeverity</c> property (<c>error</c> | <c>warning</c>) to a <see cref="ReportLevel"/>.</summary>
public static class ReportLevels
{
    /// <summary>True when <paramref name="setting"/> is a valid <c>SecretGuardSeverity</c> value (empty means error).</summary>
    public static bool TryParseSetting(string? setting, out ReportLevel ceiling)
    {
        var value = (setting ?? string.Empty).Trim();
        if (value.Length == 0 || value.Equals("error", StringComparison.OrdinalIgnoreCase))
        {
            ceiling = ReportLevel.Error;
            return true;
        }

        if (value.Equals("warning", StringComparison.OrdinalIgnoreCase))
        {
            ceiling = ReportLevel.Warning;
            return true;
        }

        ceiling = ReportLevel.Error;
        return false;
    }

    /// <summary>Rule severity, capped at <paramref name="ceiling"/>.</summary>
    public static ReportLevel For(Severity severity, ReportLevel ceiling)
    {
        var level = severity == Severity.Error ? ReportLevel.Error : severity == Severity.Warning ? ReportLevel.Warning : ReportLevel.Message;
        return level > ceiling ? ceiling : level;
    }
}

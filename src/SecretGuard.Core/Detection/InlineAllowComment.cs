using System;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// <c>secretguard:allow</c> (or gitleaks' <c>gitleaks:allow</c>) anywhere on a line suppresses the
    /// findings on that line, whatever the comment syntax (<c>//</c>, <c>#</c>, <c>&lt;!-- --&gt;</c>, <c>;</c>…).
    /// </summary>
    public static class InlineAllowComment
    {
        public const string Marker = "secretguard:allow";
        public const string GitleaksMarker = "gitleaks:allow";

        public static bool IsPresent(string text, int lineStart, int lineEnd)
        {
            var length = lineEnd - lineStart;
            if (length < GitleaksMarker.Length)
            {
                return false;
            }

            var line = text.AsSpan(lineStart, length);
            return line.IndexOf(Marker.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
                || line.IndexOf(GitleaksMarker.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}

using System.Text.RegularExpressions;
using SecretGuard.Core.Detection;

namespace SecretGuard.Analyzers.Literals
{
    /// <summary>
    /// Finds the credential inside a connection string: <c>Password=</c>/<c>Pwd=</c>, <c>AccountKey=</c>,
    /// <c>SharedAccessKey=</c>, <c>Client Secret=</c>, or the password of a <c>scheme://user:password@host</c> URL.
    /// Empty, templated (<c>{0}</c>, <c>${VAR}</c>) and placeholder values do not count.
    /// </summary>
    internal static class ConnectionStringCredential
    {
        private static readonly Regex KeyValue = new Regex(
            @"(?:^|;)\s*(?:password|pwd|accountkey|account\s+key|sharedaccesskey|shared\s+access\s+key|client\s*secret|sharedsecret)\s*=\s*(?<value>""[^""]*""|'[^']*'|[^;]*)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            System.TimeSpan.FromMilliseconds(200));

        private static readonly Regex UrlPassword = new Regex(
            @"^[a-z][a-z0-9+.-]*://[^:/@\s]+:(?<value>[^@/\s]+)@",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            System.TimeSpan.FromMilliseconds(200));

        /// <summary>True when <paramref name="connectionString"/> carries a real-looking credential.</summary>
        public static bool Contains(string connectionString)
        {
            if (connectionString.Length < 8)
            {
                return false;
            }

            try
            {
                foreach (Match match in KeyValue.Matches(connectionString))
                {
                    if (IsReal(match.Groups["value"].Value))
                    {
                        return true;
                    }
                }

                var url = UrlPassword.Match(connectionString);
                return url.Success && IsReal(url.Groups["value"].Value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        private static bool IsReal(string value)
        {
            var trimmed = value.Trim().Trim('"', '\'').Trim();
            if (trimmed.Length == 0 || trimmed.IndexOf('{') >= 0)
            {
                return false;
            }

            return !PlaceholderDetector.IsPlaceholder(trimmed);
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace SecretGuard.Analyzers.Options
{
    /// <summary>
    /// One glob of <c>secretguard.excluded_paths</c>: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay inside
    /// one. A glob without <c>/</c> matches the file name (<c>*.Designer.cs</c>); otherwise it matches the end of the
    /// path from any folder boundary (<c>**/Migrations/**</c>, <c>tests/Fixtures/*.cs</c>). Case-insensitive.
    /// </summary>
    internal sealed class PathGlob
    {
        private readonly Regex regex;

        private PathGlob(Regex regex)
        {
            this.regex = regex;
        }

        public static PathGlob? TryCreate(string glob)
        {
            var trimmed = glob.Trim().Replace('\\', '/');
            if (trimmed.Length == 0)
            {
                return null;
            }

            var pattern = new StringBuilder();
            // Paths reach the analyzer absolute; every glob is anchored at a folder boundary, a leading '/' included.
            pattern.Append("(?:^|/)");
            trimmed = trimmed.TrimStart('/');

            for (var i = 0; i < trimmed.Length; i++)
            {
                var c = trimmed[i];
                if (c == '*' && i + 1 < trimmed.Length && trimmed[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < trimmed.Length && trimmed[i + 1] == '/')
                    {
                        i++;
                        pattern.Append("(?:.*/)?");
                    }
                    else
                    {
                        pattern.Append(".*");
                    }
                }
                else if (c == '*')
                {
                    pattern.Append("[^/]*");
                }
                else if (c == '?')
                {
                    pattern.Append("[^/]");
                }
                else
                {
                    pattern.Append(Regex.Escape(c.ToString()));
                }
            }

            pattern.Append('$');
            return new PathGlob(new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100)));
        }

        public bool Matches(string normalizedPath)
        {
            try
            {
                return regex.IsMatch(normalizedPath);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}

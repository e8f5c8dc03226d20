using System;
using System.Text.RegularExpressions;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Builds the regexes the engine runs. Built-in patterns are written to be linear and run compiled;
    /// user patterns run with <c>RegexOptions.NonBacktracking</c> where the runtime has it and the pattern
    /// allows, otherwise with a match timeout, so a pathological pattern cannot hang a scan.
    /// </summary>
    internal static class RegexFactory
    {
        /// <summary>Whether <see cref="CreateBuiltIn"/> compiles to IL (worth it only for hot rules).</summary>
#if NET8_0_OR_GREATER
        public const bool CanCompile = true;
#else
        public const bool CanCompile = false;
#endif

        /// <summary>A built-in pattern for its first uses: cheap to construct.</summary>
        public static Regex CreateInterpreted(string pattern) => new Regex(pattern, RegexOptions.CultureInvariant);

        public static Regex CreateBuiltIn(string pattern)
        {
#if NET8_0_OR_GREATER
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#else
            return new Regex(pattern, RegexOptions.CultureInvariant);
#endif
        }

        public static Regex CreateUser(string pattern, TimeSpan timeout)
        {
#if NET8_0_OR_GREATER
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Backreferences, lookarounds and the like: fall back to the backtracking engine with a timeout.
            }
#endif
            return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }

        /// <summary>
        /// Regexes used by allowlists and rule paths. They run on short strings (a path, a secret, a line), so
        /// the interpreter with a match timeout protects user patterns without NonBacktracking's construction
        /// cost (10–20 ms a pattern, paid before the first file).
        /// </summary>
        public static Regex CreateFilter(string pattern, bool builtIn, TimeSpan timeout)
        {
            return builtIn
                ? new Regex(pattern, RegexOptions.CultureInvariant)
                : new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }
    }
}

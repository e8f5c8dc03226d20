using System;

namespace SecretGuard.Core.Config
{
    /// <summary>A Go/RE2 pattern uses syntax that has no .NET equivalent; the loader reports it with the rule id and position.</summary>
    internal sealed class GoRegexException : Exception
    {
        public GoRegexException(string message)
            : base(message)
        {
        }
    }
}

using System;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.Detection
{
    /// <summary>Knobs of one <see cref="SecretScanner"/>.</summary>
    public sealed class ScannerOptions
    {
        public static readonly ScannerOptions Default = new ScannerOptions();

        /// <summary>Findings below this confidence (after validation) are dropped.</summary>
        public Confidence MinimumConfidence { get; init; } = Confidence.Low;

        /// <summary>Honour <c>secretguard:allow</c> / <c>gitleaks:allow</c> on the secret's line.</summary>
        public bool HonorInlineAllowComments { get; init; } = true;

        /// <summary>Match timeout for user-supplied patterns where NonBacktracking is unavailable or unsupported.</summary>
        public TimeSpan UserRegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

        /// <summary>Receives non-fatal problems (a user regex that timed out, an invalid allowlist regex). Never receives secrets.</summary>
        public Action<string>? Warning { get; init; }
    }
}

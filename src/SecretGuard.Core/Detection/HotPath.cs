using System.Runtime.CompilerServices;

namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// <c>[MethodImpl(HotPath.Options)]</c> marks the engine's per-character and per-line loops: on .NET they are
    /// compiled fully optimized at first call instead of starting as tier-0 code, which a short-lived scan (a git
    /// history, a CI run) would otherwise spend much of its time in. On netstandard2.0 (the analyzer) it is a no-op.
    /// </summary>
    internal static class HotPath
    {
        /// <summary>
        /// For the keyword gate the analyzer runs on every C# literal: fully optimized at first call on netstandard2.0
        /// too (the value of <c>AggressiveOptimization</c>), for the reason SecretGuard.Analyzers' <c>HotPath</c> gives.
        /// </summary>
        public const MethodImplOptions EvenInAnalyzer = (MethodImplOptions)512;

#if NET
        public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
#else
        public const MethodImplOptions Options = 0;
#endif
    }
}

using System.Runtime.CompilerServices;

namespace SecretGuard.Analyzers
{
    /// <summary>
    /// <c>[MethodImpl(HotPath.Optimized)]</c> marks the per-node entry points and the checks every literal goes through:
    /// they are compiled fully optimized at first call (<c>AggressiveOptimization</c>, which netstandard2.0 does not
    /// name). In a fresh compiler process (no compiler server, as on many CI agents) tiered compilation would otherwise
    /// run them as tier-0 and instrumented code for most of the build, since the compiler's own JIT work keeps
    /// postponing tier-up: marking them halved the analyzers' reported time there (build/bench-analyzer.sh --server off).
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}

#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 use <c>init</c> accessors.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif

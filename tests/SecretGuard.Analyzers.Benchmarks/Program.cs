using BenchmarkDotNet.Running;

namespace SecretGuard.Analyzers.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/SecretGuard.Analyzers.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

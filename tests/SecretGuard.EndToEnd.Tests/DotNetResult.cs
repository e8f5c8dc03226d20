namespace SecretGuard.EndToEnd.Tests;

/// <summary>Exit code, combined output and wall time of one dotnet CLI run.</summary>
internal sealed record DotNetResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode} in {Elapsed.TotalSeconds:F1}s\n{Output}";
}

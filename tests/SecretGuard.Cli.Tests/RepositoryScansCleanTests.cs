using SecretGuard.Cli.Tests.Support;

namespace SecretGuard.Cli.Tests;

/// <summary>Dogfood: SecretGuard's own repository must come back clean under its own catalog and configuration.</summary>
public class RepositoryScansCleanTests
{
    [Fact]
    public void Secretguard_scan_of_this_repository_finds_nothing()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "SecretGuard.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var result = Tool.Run("scan", root!.FullName, "--format", "csv");

        // The CSV holds only rule ids, paths and masked previews: safe to show when this fails.
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.All}");
    }
}

using System.Globalization;

namespace SecretGuard.EndToEnd.Tests;

/// <summary>
/// Packs the SecretGuard package once per test run into a temp folder, with a unique version
/// (<c>0.1.0-e2e.&lt;ticks&gt;</c>) so the global NuGet cache can never serve a stale build, and writes a
/// nuget.config that sample projects under <see cref="WorkRoot"/> pick up. Removes the temp folder and the
/// cached package afterwards.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = "0.1.0-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        WorkRoot = Path.Combine(Path.GetTempPath(), "sg-e2e-" + Guid.NewGuid().ToString("N")[..10]);
        PackageFolder = Path.Combine(WorkRoot, "packages");
        Directory.CreateDirectory(PackageFolder);

        var pack = DotNetCli.Run(RepositoryRoot, "pack", Path.Combine("src", "SecretGuard.Package", "SecretGuard.Package.csproj"),
            "-c", "Release", "-nologo", "-v:q", "-o", PackageFolder, "-p:Version=" + Version);
        PackTime = pack.Elapsed;
        if (!pack.Succeeded || !File.Exists(Path.Combine(PackageFolder, $"SecretGuard.{Version}.nupkg")))
        {
            throw new InvalidOperationException("Packing SecretGuard failed: " + pack);
        }

        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="secretguard-e2e" value="{PackageFolder}" />
              </packageSources>
            </configuration>
            """);
    }

    public string RepositoryRoot { get; }

    /// <summary>The version of the package packed for this run.</summary>
    public string Version { get; }

    /// <summary>Folder holding nuget.config; create sample projects below it.</summary>
    public string WorkRoot { get; }

    public string PackageFolder { get; }

    public TimeSpan PackTime { get; }

    /// <summary>A new empty folder for one sample.</summary>
    public string NewSampleFolder(string name)
    {
        var folder = Path.Combine(WorkRoot, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        TryDelete(WorkRoot);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, "secretguard", Version));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory != null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "SecretGuard.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("SecretGuard.sln not found above " + AppContext.BaseDirectory);
    }
}

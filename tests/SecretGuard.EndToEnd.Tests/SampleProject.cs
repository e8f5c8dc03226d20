using System.Text.RegularExpressions;

namespace SecretGuard.EndToEnd.Tests;

/// <summary>A console project referencing the packed SecretGuard package, in its own temp folder.</summary>
internal sealed class SampleProject
{
    private static readonly Regex NodePrefix = new Regex(@"^\s*\d+(?::\d+)?>", RegexOptions.Compiled);

    public SampleProject(PackedPackageFixture package, string name, string extraProjectXml = "", string folder = "")
    {
        Folder = string.IsNullOrEmpty(folder) ? package.NewSampleFolder(name) : folder;
        Directory.CreateDirectory(Folder);
        ProjectFile = Path.Combine(Folder, name + ".csproj");
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretGuard" Version="{package.Version}" />
              </ItemGroup>
            {extraProjectXml}
            </Project>
            """);
        Write("Program.cs", "Console.WriteLine(\"hello\");\n");
    }

    public string Folder { get; }

    public string ProjectFile { get; }

    public string Write(string relativePath, string content)
    {
        var full = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary><c>dotnet build</c> (quiet; errors once each in <c>errors.log</c> under the folder).</summary>
    public DotNetResult Build(params string[] extra) => Run(ProjectFile, "-v:q", extra);

    /// <summary><c>dotnet build -v:n</c>, to see the task's "scanned" message and skipped targets.</summary>
    public DotNetResult BuildNormal(params string[] extra) => Run(ProjectFile, "-v:n", extra);

    /// <summary>The errors of the last build, one per line, without the logger's node prefix (<c>1&gt;</c>).</summary>
    public string ErrorLog => string.Join("\n", ErrorLines(Folder));

    public static IReadOnlyList<string> ErrorLines(string folder)
    {
        var log = Path.Combine(folder, "errors.log");
        return File.Exists(log)
            ? File.ReadAllLines(log).Select(l => NodePrefix.Replace(l, string.Empty)).Where(l => l.Length > 0).ToList()
            : Array.Empty<string>();
    }

    public static DotNetResult BuildPath(string folder, string path, params string[] extra) => RunIn(folder, path, "-v:q", extra);

    private DotNetResult Run(string path, string verbosity, string[] extra) => RunIn(Folder, path, verbosity, extra);

    private static DotNetResult RunIn(string folder, string path, string verbosity, string[] extra)
    {
        var arguments = new List<string> { "build", path, "-nologo", verbosity, "-tl:off", "-flp:logfile=" + Path.Combine(folder, "errors.log") + ";errorsonly" };
        arguments.AddRange(extra);
        return DotNetCli.Run(folder, arguments.ToArray());
    }
}

namespace SecretGuard.Build.Tests;

public sealed class ScanFileSelectorTests
{
    [Fact]
    public void Select_ReturnsEachFileOnce_WhenItemsRepeatTheSamePathInDifferentForms()
    {
        using var dir = new TempDirectory();
        var settings = dir.Write("appsettings.json", "{}");

        var selected = new ScanFileSelector(dir.Path).Select(new[] { "appsettings.json", settings, "./appsettings.json" }, Array.Empty<string>());

        Assert.Equal(new[] { settings }, selected);
    }

    [Fact]
    public void Select_LeavesSourceCodeToTheAnalyzer()
    {
        using var dir = new TempDirectory();
        dir.Write("Program.cs", "class P {}");
        dir.Write("Page.razor", "<p/>");
        var yaml = dir.Write("ci.yml", "a: b");

        var selected = new ScanFileSelector(dir.Path).Select(new[] { "Program.cs", "Page.razor", "ci.yml" }, Array.Empty<string>());

        Assert.Equal(new[] { yaml }, selected);
    }

    [Fact]
    public void Select_SkipsFilesTheCompilerAlreadySees_AsAdditionalFiles()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", "{}");
        var env = dir.Write(".env", "A=1");

        var selected = new ScanFileSelector(dir.Path).Select(new[] { "appsettings.json", ".env" }, new[] { "appsettings.json" });

        Assert.Equal(new[] { env }, selected);
    }

    [Fact]
    public void Select_SkipsFilesInsideANestedProjectFolder_ButKeepsSiblingFolders()
    {
        using var dir = new TempDirectory();
        dir.Write("Outer.csproj", "<Project />");
        var own = dir.Write("config/app.json", "{}");
        dir.Write("Inner/Inner.csproj", "<Project />");
        dir.Write("Inner/appsettings.json", "{}");
        dir.Write("Inner/deep/settings.yml", "a: b");

        var selected = new ScanFileSelector(dir.Path).Select(
            new[] { "config/app.json", "Inner/appsettings.json", "Inner/deep/settings.yml" }, Array.Empty<string>());

        Assert.Equal(new[] { own }, selected);
    }

    [Fact]
    public void IsInNestedProject_IgnoresTheProjectsOwnFolderAndFoldersAboveIt()
    {
        var probes = new List<string>();
        var projectFolders = new ProjectFileDirectories(d => { probes.Add(d); return true; });
        var root = Path.Combine(Path.GetTempPath(), "repo", "App");
        var selector = new ScanFileSelector(root, projectFolders, _ => true);

        Assert.False(selector.IsInNestedProject(Path.Combine(root, "appsettings.json")));
        Assert.False(selector.IsInNestedProject(Path.Combine(Path.GetTempPath(), "repo", "shared.json")));
        Assert.Empty(probes);
        Assert.True(selector.IsInNestedProject(Path.Combine(root, "Tools", "x.json")));
    }

    [Fact]
    public void Select_KeepsExplicitFilesOutsideTheProjectFolder()
    {
        using var dir = new TempDirectory();
        var shared = dir.Write("shared/appsettings.Production.json", "{}");
        var project = Path.Combine(dir.Path, "App");
        Directory.CreateDirectory(project);

        var selected = new ScanFileSelector(project).Select(new[] { "../shared/appsettings.Production.json" }, Array.Empty<string>());

        Assert.Equal(new[] { shared }, selected);
    }

    [Fact]
    public void Select_DropsItemsWhoseFileDoesNotExist()
    {
        using var dir = new TempDirectory();

        var selected = new ScanFileSelector(dir.Path).Select(new[] { "missing.json", "" }, Array.Empty<string>());

        Assert.Empty(selected);
    }
}

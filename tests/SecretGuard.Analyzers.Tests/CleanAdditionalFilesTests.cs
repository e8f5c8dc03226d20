namespace SecretGuard.Analyzers.Tests;

/// <summary>The process-wide memory of clean SG0004 files: exact text only, and never over its size budget.</summary>
public class CleanAdditionalFilesTests
{
    [Fact]
    public void AFileIsKnownClean_OnlyWithTheTextThatWasScanned()
    {
        var path = $"/config/{Guid.NewGuid():N}/appsettings.json";
        CleanAdditionalFiles.Remember(path, "{ \"Logging\": 1 }");

        Assert.True(CleanAdditionalFiles.IsKnownClean(path, "{ \"Logging\": 1 }"));
        Assert.False(CleanAdditionalFiles.IsKnownClean(path, "{ \"Logging\": 2 }"));

        CleanAdditionalFiles.Forget(path);
        Assert.False(CleanAdditionalFiles.IsKnownClean(path, "{ \"Logging\": 1 }"));
    }

    [Fact]
    public void AFileThatGrowsPastTheBudget_IsForgotten_NotKept()
    {
        var path = $"/config/{Guid.NewGuid():N}/appsettings.json";
        var huge = new string('x', CleanAdditionalFiles.MaxCachedChars + 1);
        CleanAdditionalFiles.Remember(path, "{ }");

        CleanAdditionalFiles.Remember(path, huge);

        Assert.False(CleanAdditionalFiles.IsKnownClean(path, huge));
        Assert.False(CleanAdditionalFiles.IsKnownClean(path, "{ }"));
    }
}

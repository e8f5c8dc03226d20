using SecretGuard.Keystore.Storage;

namespace SecretGuard.Keystore.Tests;

public sealed class KeystoreLocationTests
{
    [Fact]
    public void Explicit_paths_win_and_are_made_absolute()
    {
        var location = KeystoreLocation.Resolve("team.sgks", "team.key");

        Assert.Equal(Path.GetFullPath("team.sgks"), location.StorePath);
        Assert.Equal(Path.GetFullPath("team.key"), location.KeyFilePath);
        Assert.Equal(location.StorePath + ".lock", location.LockPath);
    }

    [Fact]
    public void Defaults_live_under_the_home_folder_when_nothing_is_set()
    {
        if (Environment.GetEnvironmentVariable(KeystoreLocation.StoreVariable) is not null || Environment.GetEnvironmentVariable(KeystoreLocation.KeyFileVariable) is not null)
        {
            return;
        }

        var location = KeystoreLocation.Resolve();
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".secretguard");

        Assert.Equal(Path.Combine(folder, "keystore.sgks"), location.StorePath);
        Assert.Equal(Path.Combine(folder, "keystore.key"), location.KeyFilePath);
    }

    [Fact]
    public void Empty_passphrase_means_key_file_mode()
    {
        Assert.Null(new KeystoreLocation("a", "b", string.Empty).Passphrase);
    }
}

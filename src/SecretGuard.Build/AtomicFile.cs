using System.IO;
using System.Text;

namespace SecretGuard.Build;

/// <summary>Writes a file through a temp file in the same folder, so a cancelled build never leaves half a file.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + "." + System.Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temp, path);
    }
}

using System;
using System.IO;

namespace SecretGuard.Build;

/// <summary>Size and last-write time of a file: what the scan cache compares to decide a rescan.</summary>
public readonly struct FileStamp : IEquatable<FileStamp>
{
    public FileStamp(long length, long lastWriteTicksUtc)
    {
        Length = length;
        LastWriteTicksUtc = lastWriteTicksUtc;
    }

    public long Length { get; }

    public long LastWriteTicksUtc { get; }

    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public bool Equals(FileStamp other) => Length == other.Length && LastWriteTicksUtc == other.LastWriteTicksUtc;

    public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);

    public override int GetHashCode() => unchecked((Length.GetHashCode() * 397) ^ LastWriteTicksUtc.GetHashCode());
}

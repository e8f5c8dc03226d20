using System.Runtime.InteropServices;

namespace SecretGuard.Git.Native;

/// <summary>
/// The few libgit2 calls the history walk needs, bound to the native library LibGit2Sharp 0.32.0 ships
/// (LibGit2Sharp.NativeBinaries 2.0.324). LibGit2Sharp's object model costs several interop calls and
/// allocations per tree entry; reading raw objects and parsing them here is many times faster.
/// The library name changes with LibGit2Sharp.NativeBinaries: update <see cref="LibraryName"/> with it
/// (the Git tests fail at once if it is wrong).
/// </summary>
internal static unsafe partial class Libgit2
{
    public const string LibraryName = "libgit2-5853918";

    public const int IterOver = -31;

    public const int NotFound = -3;

    /// <summary>GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE: parents before children, oldest first.</summary>
    public const uint SortOldestFirst = 1 | 2 | 4;

    public enum ObjectType
    {
        Any = -2,
        Invalid = -1,
        Commit = 1,
        Tree = 2,
        Blob = 3,
        Tag = 4,
    }

    [LibraryImport(LibraryName, EntryPoint = "git_libgit2_init")]
    public static partial int Init();

    [LibraryImport(LibraryName, EntryPoint = "git_repository_open", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RepositoryOpen(out IntPtr repository, string path);

    [LibraryImport(LibraryName, EntryPoint = "git_repository_free")]
    public static partial void RepositoryFree(IntPtr repository);

    [LibraryImport(LibraryName, EntryPoint = "git_repository_odb")]
    public static partial int RepositoryOdb(out IntPtr odb, IntPtr repository);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_free")]
    public static partial void OdbFree(IntPtr odb);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_read")]
    public static partial int OdbRead(out IntPtr obj, IntPtr odb, byte* oid);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_read_header")]
    public static partial int OdbReadHeader(out nuint size, out ObjectType type, IntPtr odb, byte* oid);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_object_data")]
    public static partial byte* OdbObjectData(IntPtr obj);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_object_size")]
    public static partial nuint OdbObjectSize(IntPtr obj);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_object_type")]
    public static partial ObjectType OdbObjectType(IntPtr obj);

    [LibraryImport(LibraryName, EntryPoint = "git_odb_object_free")]
    public static partial void OdbObjectFree(IntPtr obj);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_new")]
    public static partial int RevwalkNew(out IntPtr walk, IntPtr repository);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_sorting")]
    public static partial int RevwalkSorting(IntPtr walk, uint sortMode);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_push")]
    public static partial int RevwalkPush(IntPtr walk, byte* oid);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_hide")]
    public static partial int RevwalkHide(IntPtr walk, byte* oid);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_next")]
    public static partial int RevwalkNext(byte* oid, IntPtr walk);

    [LibraryImport(LibraryName, EntryPoint = "git_revwalk_free")]
    public static partial void RevwalkFree(IntPtr walk);

    [LibraryImport(LibraryName, EntryPoint = "git_error_last")]
    public static partial ErrorInfo* ErrorLast();

    /// <summary>The last libgit2 error message of this thread, or a generic text.</summary>
    public static string LastErrorMessage(int code)
    {
        var error = ErrorLast();
        var message = error == null || error->Message == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(error->Message);
        return string.IsNullOrEmpty(message) ? $"libgit2 error {code}" : message!;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ErrorInfo
    {
        public IntPtr Message;
        public int Klass;
    }
}

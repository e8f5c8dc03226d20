namespace SecretGuard.Git.Native;

/// <summary>
/// Reads raw objects (commits, trees, blobs) from one repository's object database through libgit2.
/// One instance per thread: the handle is not shared. Failures throw <see cref="GitScanException"/> naming the object.
/// </summary>
internal sealed unsafe class ObjectReader : IDisposable
{
    private static readonly object InitGate = new();
    private static bool initialized;

    private IntPtr repository;
    private IntPtr odb;

    public ObjectReader(string gitDirectory)
    {
        EnsureInitialized();
        var code = Libgit2.RepositoryOpen(out repository, gitDirectory);
        if (code < 0)
        {
            throw new GitScanException($"{gitDirectory}: the repository could not be opened ({Libgit2.LastErrorMessage(code)})");
        }

        code = Libgit2.RepositoryOdb(out odb, repository);
        if (code < 0)
        {
            Libgit2.RepositoryFree(repository);
            throw new GitScanException($"{gitDirectory}: the object database could not be opened ({Libgit2.LastErrorMessage(code)})");
        }
    }

    /// <summary>Commits and trees already resolved in bulk from the packs; consulted before libgit2.</summary>
    public Pack.PreloadedObjects? Preloaded { get; set; }

    /// <summary>Calls <paramref name="use"/> with the object's raw content (valid only during the call).</summary>
    public T Read<T>(Oid id, Libgit2.ObjectType expected, ReadOnlySpanFunc<T> use)
    {
        if (Preloaded is { } preloaded)
        {
            if (expected == Libgit2.ObjectType.Commit && preloaded.TryGetCommit(id, out var commit))
            {
                return use(commit);
            }

            if (expected == Libgit2.ObjectType.Tree && preloaded.TryGetTree(id, out var chunk, out var start, out var length))
            {
                return use(chunk.AsSpan(start, length));
            }
        }

        Span<byte> raw = stackalloc byte[Oid.Size];
        id.WriteTo(raw);
        IntPtr obj;
        int code;
        fixed (byte* oid = raw)
        {
            code = Libgit2.OdbRead(out obj, odb, oid);
        }

        if (code < 0)
        {
            throw new GitScanException(code == Libgit2.NotFound
                ? $"{Name(expected)} {id.ToHex()} is missing from the object database"
                : $"{Name(expected)} {id.ToHex()} could not be read: {Libgit2.LastErrorMessage(code)}");
        }

        try
        {
            var type = Libgit2.OdbObjectType(obj);
            if (type != expected)
            {
                throw new GitScanException($"object {id.ToHex()} is a {type.ToString().ToLowerInvariant()}, expected a {Name(expected)}");
            }

            var size = (long)Libgit2.OdbObjectSize(obj);
            if (size > int.MaxValue)
            {
                throw new GitScanException($"{Name(expected)} {id.ToHex()} is too large to read ({size} bytes)");
            }

            return use(new ReadOnlySpan<byte>(Libgit2.OdbObjectData(obj), (int)size));
        }
        finally
        {
            Libgit2.OdbObjectFree(obj);
        }
    }

    /// <summary>The object's size without inflating it (packed objects: from the pack header).</summary>
    public long ReadSize(Oid id)
    {
        Span<byte> raw = stackalloc byte[Oid.Size];
        id.WriteTo(raw);
        int code;
        nuint size;
        fixed (byte* oid = raw)
        {
            code = Libgit2.OdbReadHeader(out size, out _, odb, oid);
        }

        if (code < 0)
        {
            throw new GitScanException(code == Libgit2.NotFound
                ? $"blob {id.ToHex()} is missing from the object database"
                : $"blob {id.ToHex()} could not be read: {Libgit2.LastErrorMessage(code)}");
        }

        return (long)size;
    }

    /// <summary>
    /// Commits reachable from <paramref name="include"/> but not from <paramref name="exclude"/>, parents before
    /// children, oldest first (libgit2's revision walk). When the walk breaks off (an unreadable commit),
    /// the commits reached so far are returned and <paramref name="error"/> says why it stopped.
    /// </summary>
    public List<Oid> Walk(IReadOnlyCollection<Oid> include, IReadOnlyCollection<Oid> exclude, out string? error)
    {
        var commits = SortedWalk(include, exclude, out error);
        if (error is null)
        {
            return commits;
        }

        // libgit2 stops at the first unreadable commit (a sorted walk before yielding anything): walk again
        // commit by commit, skipping what cannot be read, so the rest of the history is still scanned.
        return FallbackCommitWalk.Walk(this, include, exclude);
    }

    private List<Oid> SortedWalk(IReadOnlyCollection<Oid> include, IReadOnlyCollection<Oid> exclude, out string? error)
    {
        var code = Libgit2.RevwalkNew(out var walk, repository);
        if (code < 0)
        {
            throw new GitScanException($"the commit walk could not start: {Libgit2.LastErrorMessage(code)}");
        }

        try
        {
            Libgit2.RevwalkSorting(walk, Libgit2.SortOldestFirst);
            Span<byte> raw = stackalloc byte[Oid.Size];
            fixed (byte* oid = raw)
            {
                foreach (var id in include)
                {
                    id.WriteTo(raw);
                    Check(Libgit2.RevwalkPush(walk, oid), id);
                }

                foreach (var id in exclude)
                {
                    id.WriteTo(raw);
                    Check(Libgit2.RevwalkHide(walk, oid), id);
                }

                var commits = new List<Oid>();
                while ((code = Libgit2.RevwalkNext(oid, walk)) == 0)
                {
                    commits.Add(Oid.FromBytes(raw));
                }

                error = code == Libgit2.IterOver ? null : $"the commit walk stopped after {commits.Count} commits: {Libgit2.LastErrorMessage(code)}";
                return commits;
            }
        }
        finally
        {
            Libgit2.RevwalkFree(walk);
        }

        static void Check(int code, Oid id)
        {
            if (code < 0)
            {
                throw new GitScanException($"commit {id.ToHex()} could not be walked: {Libgit2.LastErrorMessage(code)}");
            }
        }
    }

    public void Dispose()
    {
        if (odb != IntPtr.Zero)
        {
            Libgit2.OdbFree(odb);
            odb = IntPtr.Zero;
        }

        if (repository != IntPtr.Zero)
        {
            Libgit2.RepositoryFree(repository);
            repository = IntPtr.Zero;
        }
    }

    private static string Name(Libgit2.ObjectType type) => type.ToString().ToLowerInvariant();

    private static void EnsureInitialized()
    {
        lock (InitGate)
        {
            if (!initialized)
            {
                Libgit2.Init();
                initialized = true;
            }
        }
    }
}

/// <summary>A callback over a span (spans cannot be generic arguments of <see cref="Func{T, TResult}"/>).</summary>
internal delegate T ReadOnlySpanFunc<T>(ReadOnlySpan<byte> data);

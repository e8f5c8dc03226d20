using System.Runtime.CompilerServices;
using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// Walks commits oldest first and records, for each, the blobs it introduced: a blob at a path counts as
/// introduced by a commit when no parent has that same blob at that path. Trees are compared by id, so an
/// unchanged subtree is skipped without being read, and sibling entries are matched by a merge of the two
/// sorted listings (no per-entry allocation). For a merge, a blob taken unchanged from any parent is not new there.
/// </summary>
internal sealed class HistoryWalker
{
    private readonly ObjectReader reader;
    private readonly TreeBytesCache trees;
    private readonly HashSet<Oid> shallowBoundary;
    private readonly Dictionary<Oid, Oid> treeOfCommit = new();

    public HistoryWalker(ObjectReader reader, IWalkRecorder recorder, HashSet<Oid> shallowBoundary)
    {
        this.reader = reader;
        trees = new TreeBytesCache(reader);
        Recorder = recorder;
        this.shallowBoundary = shallowBoundary;
    }

    /// <summary>Where introduced blobs, submodules and problems go; may be switched between commits.</summary>
    public IWalkRecorder Recorder { get; set; }

    /// <summary>Reads a commit's headers; null (and a problem recorded) when it cannot be read.</summary>
    public RawCommit? ReadCommit(Oid id)
    {
        var commit = TryReadCommit(id, out var problem);
        if (problem is not null)
        {
            Recorder.Problem(problem);
        }

        return commit;
    }

    /// <summary>Reads a commit's headers; null, with the problem to report, when it cannot be read.</summary>
    public RawCommit? TryReadCommit(Oid id, out GitScanProblem? problem)
    {
        problem = null;
        try
        {
            return reader.Read(id, Libgit2.ObjectType.Commit, raw => RawCommit.Parse(raw, id));
        }
        catch (GitScanException exception)
        {
            problem = new GitScanProblem(id.ToHex(), $"{exception.Message}; its changes were not scanned");
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public void AddCommit(RawCommit commit, CommitInfo info)
    {
        treeOfCommit[info.Id] = commit.Tree;
        var parentTrees = new List<Oid>(commit.Parents.Length);
        if (!shallowBoundary.Contains(info.Id))
        {
            foreach (var parent in commit.Parents)
            {
                if (ParentTree(parent) is { } tree)
                {
                    if (tree == commit.Tree)
                    {
                        return; // same snapshot as a parent: introduces nothing
                    }

                    parentTrees.Add(tree);
                }
            }
        }

        try
        {
            var parents = new TreeBytes?[parentTrees.Count];
            for (var i = 0; i < parents.Length; i++)
            {
                parents[i] = TryGetTree(parentTrees[i]);
            }

            WalkTree(trees.Get(commit.Tree), parents, "", info);
        }
        catch (GitScanException exception)
        {
            Recorder.Problem(new GitScanProblem(commit.Tree.ToHex(), $"commit {info.Sha}: {exception.Message}; this commit's files were not scanned"));
        }
    }

    private Oid? ParentTree(Oid parent)
    {
        if (treeOfCommit.TryGetValue(parent, out var tree))
        {
            return tree;
        }

        try
        {
            tree = reader.Read(parent, Libgit2.ObjectType.Commit, raw => RawCommit.Parse(raw, parent)).Tree;
            treeOfCommit[parent] = tree;
            return tree;
        }
        catch (GitScanException)
        {
            return null; // unreadable parent (reported when walked, or outside a shallow clone): compare with nothing
        }
    }

    /// <summary>A parent's tree, or null when it cannot be read (its own commit reports that); everything here then counts as new.</summary>
    private TreeBytes? TryGetTree(Oid id)
    {
        try
        {
            return trees.Get(id);
        }
        catch (GitScanException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    private void WalkTree(TreeBytes tree, TreeBytes?[] parents, string prefix, CommitInfo info)
    {
        // One cursor per parent, moved forward in step with this tree's entries (both are sorted).
        var parentCursors = new TreeCursor[parents.Length];
        var parentHasEntry = new bool[parents.Length];
        for (var p = 0; p < parents.Length; p++)
        {
            if (parents[p] is { } parent)
            {
                parentCursors[p] = new TreeCursor(parent);
                parentHasEntry[p] = Advance(ref parentCursors[p]);
            }
        }

        var entry = new TreeCursor(tree);
        while (entry.MoveNext())
        {
            var unchanged = false;
            TreeBytes?[]? parentSubtrees = null;
            for (var p = 0; p < parents.Length; p++)
            {
                ref var before = ref parentCursors[p];
                var order = 1;
                while (parentHasEntry[p] && (order = TreeCursor.Compare(before, entry)) < 0)
                {
                    parentHasEntry[p] = Advance(ref before);
                }

                if (!parentHasEntry[p] || order != 0 || before.Kind != entry.Kind)
                {
                    continue;
                }

                if (before.Id == entry.Id)
                {
                    unchanged = true;
                    break;
                }

                if (entry.Kind == TreeEntryKind.Tree)
                {
                    parentSubtrees ??= new TreeBytes?[parents.Length];
                    parentSubtrees[p] = TryGetTree(before.Id);
                }
            }

            if (unchanged)
            {
                continue;
            }

            var path = prefix.Length == 0 ? entry.NameString() : prefix + "/" + entry.NameString();
            switch (entry.Kind)
            {
                case TreeEntryKind.Tree:
                    try
                    {
                        WalkTree(trees.Get(entry.Id), parentSubtrees ?? [], path, info);
                    }
                    catch (GitScanException exception)
                    {
                        Recorder.Problem(new GitScanProblem(entry.Id.ToHex(), $"{path}/ at commit {info.Sha}: {exception.Message}; this folder was not scanned"));
                    }

                    break;
                case TreeEntryKind.Submodule:
                    Recorder.Submodule(path);
                    break;
                default:
                    Recorder.Blob(entry.Id, path, info);
                    break;
            }
        }
    }

    /// <summary>Moves a parent's cursor; a corrupt parent tree just ends (what follows counts as new; its own commit reports it).</summary>
    private static bool Advance(ref TreeCursor cursor)
    {
        try
        {
            return cursor.MoveNext();
        }
        catch (GitScanException)
        {
            return false;
        }
    }
}

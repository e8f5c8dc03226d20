using SecretGuard.Git.Native;
using SecretGuard.Git.Pack;

namespace SecretGuard.Git;

/// <summary>
/// Walks commits on several threads when their commits and trees are preloaded: each thread compares a contiguous
/// run of commits with their parents (its own tree cache and object reader; the preloaded objects are shared),
/// recording what each commit introduced; the records are then replayed in commit order on the calling thread, so
/// the first commit to introduce a place still wins exactly as in a sequential walk. Rounds of a few thousand
/// commits keep the records small.
/// </summary>
internal static class ParallelHistoryWalk
{
    private const int CommitsPerRound = 4096;

    /// <summary>Reads the headers of <paramref name="ids"/> on several threads; each slot holds the commit or the problem reading it.</summary>
    public static (RawCommit? Commit, GitScanProblem? Problem)[] ReadCommits(string gitDirectory, PreloadedObjects preloaded, IReadOnlyList<Oid> ids, int threads)
    {
        var results = new (RawCommit?, GitScanProblem?)[ids.Count];
        var count = Math.Clamp(threads, 1, Math.Max(1, ids.Count / 1024));
        var share = (ids.Count + count - 1) / count;
        void Read(int thread)
        {
            using var reader = new ObjectReader(gitDirectory) { Preloaded = preloaded };
            var walker = new HistoryWalker(reader, NoRecorder.Instance, []);
            var last = Math.Min((thread + 1) * share, ids.Count);
            for (var i = thread * share; i < last; i++)
            {
                var commit = walker.TryReadCommit(ids[i], out var problem);
                results[i] = (commit, problem);
            }
        }

        OnThreads(count, Read);
        return results;
    }

    public static void Run(
        string gitDirectory,
        PreloadedObjects preloaded,
        HashSet<Oid> shallowBoundary,
        IReadOnlyList<(RawCommit Commit, CommitInfo Info)> commits,
        int threads,
        IWalkRecorder target,
        ProgressThrottle progress)
    {
        var count = Math.Clamp(threads, 1, Math.Max(1, commits.Count / 64));
        var readers = new List<ObjectReader>(count);
        var walkers = new HistoryWalker[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                var reader = new ObjectReader(gitDirectory) { Preloaded = preloaded };
                readers.Add(reader);
                walkers[i] = new HistoryWalker(reader, target, shallowBoundary);
            }

            for (var start = 0; start < commits.Count; start += CommitsPerRound)
            {
                var end = Math.Min(start + CommitsPerRound, commits.Count);
                var records = new BufferedWalkRecorder[end - start];
                var share = (end - start + count - 1) / count;

                void Walk(int thread)
                {
                    var walker = walkers[thread];
                    var last = Math.Min(start + ((thread + 1) * share), end);
                    for (var i = start + (thread * share); i < last; i++)
                    {
                        var record = new BufferedWalkRecorder();
                        walker.Recorder = record;
                        walker.AddCommit(commits[i].Commit, commits[i].Info);
                        records[i - start] = record;
                    }
                }

                OnThreads(count, Walk);
                foreach (var record in records)
                {
                    record.ReplayInto(target);
                    progress.CommitWalked();
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> for threads 0..count-1: 0 on the calling thread, the others on the pool; waits for all.</summary>
    private static void OnThreads(int count, Action<int> work)
    {
        var others = new Task[count - 1];
        for (var thread = 1; thread < count; thread++)
        {
            var index = thread;
            others[thread - 1] = Task.Run(() => work(index));
        }

        work(0);
        Task.WaitAll(others);
    }

    /// <summary>For a walker that only reads commits.</summary>
    private sealed class NoRecorder : IWalkRecorder
    {
        public static readonly NoRecorder Instance = new();

        public void Blob(Oid blob, string path, CommitInfo commit) => throw new InvalidOperationException("a reading walker records nothing");

        public void Submodule(string path) => throw new InvalidOperationException("a reading walker records nothing");

        public void Problem(GitScanProblem problem) => throw new InvalidOperationException("a reading walker records nothing");
    }
}

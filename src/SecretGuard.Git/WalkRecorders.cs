using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>Records straight into the scan's introductions and problem list (a walk on the scanning thread).</summary>
internal sealed class DirectWalkRecorder(BlobIntroductions introductions, List<GitScanProblem> problems) : IWalkRecorder
{
    public void Blob(Oid blob, string path, CommitInfo commit) => introductions.Add(blob, path, commit);

    public void Submodule(string path) => introductions.AddSubmodule(path);

    public void Problem(GitScanProblem problem) => problems.Add(problem);
}

/// <summary>Keeps one commit's events, in order, to be replayed on the scanning thread (a walk on another thread).</summary>
internal sealed class BufferedWalkRecorder : IWalkRecorder
{
    private readonly List<(Oid Blob, string Path, CommitInfo? Commit, GitScanProblem? Problem)> events = new();

    public void Blob(Oid blob, string path, CommitInfo commit) => events.Add((blob, path, commit, null));

    public void Submodule(string path) => events.Add((default, path, null, null));

    public void Problem(GitScanProblem problem) => events.Add((default, "", null, problem));

    public void ReplayInto(IWalkRecorder target)
    {
        foreach (var (blob, path, commit, problem) in events)
        {
            if (problem is not null)
            {
                target.Problem(problem);
            }
            else if (commit is not null)
            {
                target.Blob(blob, path, commit);
            }
            else
            {
                target.Submodule(path);
            }
        }
    }
}

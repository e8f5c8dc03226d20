using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>Receives what a <see cref="HistoryWalker"/> finds in a commit: introduced blobs, submodules, problems.</summary>
internal interface IWalkRecorder
{
    void Blob(Oid blob, string path, CommitInfo commit);

    void Submodule(string path);

    void Problem(GitScanProblem problem);
}

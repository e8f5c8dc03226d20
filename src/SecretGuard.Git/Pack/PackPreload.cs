namespace SecretGuard.Git.Pack;

/// <summary>
/// Opens a repository's packs and preloads their commits and trees on a background task, so that work overlaps
/// with choosing the commits to walk (libgit2's revision walk). Owns the opened packs: disposing waits for the task
/// and closes them.
/// </summary>
internal sealed class PackPreload : IDisposable
{
    private readonly Task<(PackedObjectDatabase Database, PreloadedObjects Objects)> task;

    private PackPreload(Task<(PackedObjectDatabase, PreloadedObjects)> task)
    {
        this.task = task;
    }

    public static PackPreload Start(string gitDirectory, int threads) => new(Task.Run(() =>
    {
        var database = PackedObjectDatabase.Open(gitDirectory);
        try
        {
            return (database, PreloadedObjects.Load(database, threads));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }));

    /// <summary>The opened packs and the preloaded objects, once ready (rethrows what the task threw).</summary>
    public (PackedObjectDatabase Database, PreloadedObjects Objects) Wait() => task.GetAwaiter().GetResult();

    public void Dispose()
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            return; // nothing was opened (or it was closed when the load failed); the caller saw the error from Wait
        }

        task.Result.Database.Dispose();
    }
}

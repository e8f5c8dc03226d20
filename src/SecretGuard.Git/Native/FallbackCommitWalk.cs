namespace SecretGuard.Git.Native;

/// <summary>
/// A commit walk that survives missing or corrupt commits, used only when libgit2's walk breaks off (its sorted
/// walk reads every commit first, so one bad commit would stop the whole scan). Reads commits one by one with
/// <see cref="ObjectReader"/>, treats an unreadable commit as having no parents (it is still listed, so the
/// history walker reports it by id), and returns parents before children.
/// </summary>
internal static class FallbackCommitWalk
{
    public static List<Oid> Walk(ObjectReader reader, IReadOnlyCollection<Oid> include, IReadOnlyCollection<Oid> exclude)
    {
        var hidden = new HashSet<Oid>();
        var pending = new Stack<Oid>(exclude);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (hidden.Add(id))
            {
                foreach (var parent in Parents(reader, id))
                {
                    pending.Push(parent);
                }
            }
        }

        var order = new List<Oid>();
        var visited = new HashSet<Oid>();
        var stack = new Stack<(Oid Id, bool Expanded)>();
        foreach (var tip in include)
        {
            stack.Push((tip, false));
            while (stack.Count > 0)
            {
                var (id, expanded) = stack.Pop();
                if (expanded)
                {
                    order.Add(id);
                    continue;
                }

                if (hidden.Contains(id) || !visited.Add(id))
                {
                    continue;
                }

                stack.Push((id, true));
                var parents = Parents(reader, id);
                for (var i = parents.Length - 1; i >= 0; i--)
                {
                    if (!visited.Contains(parents[i]) && !hidden.Contains(parents[i]))
                    {
                        stack.Push((parents[i], false));
                    }
                }
            }
        }

        return order;
    }

    private static Oid[] Parents(ObjectReader reader, Oid id)
    {
        try
        {
            return reader.Read(id, Libgit2.ObjectType.Commit, raw => RawCommit.Parse(raw, id)).Parents;
        }
        catch (GitScanException)
        {
            return [];
        }
    }
}

using SecretGuard.Core.Findings;

namespace SecretGuard.Cli.Reporting;

/// <summary>The one deterministic order of findings in every report: path (ordinal), line, column, rule id, fingerprint.</summary>
public static class FindingOrder
{
    public static List<Finding> Sort(IEnumerable<Finding> findings)
    {
        var list = new List<Finding>(findings);
        list.Sort(Compare);
        return list;
    }

    public static int Compare(Finding? a, Finding? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null)
        {
            return -1;
        }

        if (b is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c == 0)
        {
            c = a.Line.CompareTo(b.Line);
        }

        if (c == 0)
        {
            c = a.Column.CompareTo(b.Column);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
        }

        return c;
    }
}

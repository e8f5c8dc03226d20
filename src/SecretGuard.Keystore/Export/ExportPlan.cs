using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Keystore.Export;

/// <summary>
/// Which entries <c>export</c> can emit. Only entries whose secret the user asked the store to keep
/// (<c>--keep-secret</c>) have a value; the store never invents one. Revoked, expired and rotated-out entries
/// are not exported. Variable names come from entry names (upper-case, <c>[A-Z0-9_]</c>).
/// </summary>
public sealed class ExportPlan
{
    private ExportPlan(IReadOnlyList<ExportVariable> variables, IReadOnlyList<(KeyEntry Entry, string Reason)> skipped)
    {
        Variables = variables;
        Skipped = skipped;
    }

    public IReadOnlyList<ExportVariable> Variables { get; }

    public IReadOnlyList<(KeyEntry Entry, string Reason)> Skipped { get; }

    public static ExportPlan Create(IEnumerable<KeyEntry> entries, DateTimeOffset now)
    {
        var variables = new List<ExportVariable>();
        var skipped = new List<(KeyEntry, string)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var status = StatusEvaluator.Evaluate(entry, now, TimeSpan.Zero);
            if (entry.Secret is null)
            {
                skipped.Add((entry, "not exportable: the store keeps only a verifier (generate or import it with --keep-secret to export it)"));
            }
            else if (status is EntryStatus.Revoked or EntryStatus.Retired or EntryStatus.Rotating or EntryStatus.Expired)
            {
                skipped.Add((entry, $"not exported: {StatusEvaluator.Name(status)}"));
            }
            else
            {
                var name = VariableName(entry.Name);
                if (!names.Add(name))
                {
                    name = name + "_" + entry.Id.ToUpperInvariant();
                    names.Add(name);
                }

                variables.Add(new ExportVariable(name, entry.Secret, entry));
            }
        }

        return new ExportPlan(variables, skipped);
    }

    public static string VariableName(string entryName)
    {
        var chars = entryName.Trim().ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        var name = new string(chars);
        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }
}

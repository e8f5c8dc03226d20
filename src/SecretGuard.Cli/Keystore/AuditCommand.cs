using System.CommandLine;
using System.Globalization;
using SecretGuard.Keystore.Audit;

namespace SecretGuard.Cli.Keystore;

/// <summary>
/// <c>keystore audit [--warn-days 30,14,7] [--json] [--fail-on expired,expiring,revoked,leaked|none]</c>.
/// Exit 0 when no entry is in a --fail-on group, 1 when some are (the CI gate), 2 on error.
/// </summary>
internal static class AuditCommand
{
    public const int GateFailed = 1;

    public static Command Create(KeystoreCommandContext context)
    {
        var warnDays = new Option<string>("--warn-days") { Description = "Warning windows in days, comma-separated", DefaultValueFactory = _ => "30,14,7" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var failOn = new Option<string>("--fail-on") { Description = "Groups that make the exit code 1: expired,expiring,revoked,leaked or none", DefaultValueFactory = _ => "expired,leaked" };
        var command = new Command("audit", "Group credentials into EXPIRED / EXPIRING / REVOKED / LEAKED / HEALTHY; exit 1 when a --fail-on group is not empty.")
        {
            warnDays, json, failOn,
        };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, error) =>
        {
            if (!TryParseDays(parseResult.GetValue(warnDays)!, out var windows))
            {
                error.WriteLine("error: --warn-days must be positive whole numbers, comma-separated (e.g. 30,14,7)");
                return KeystoreCommandContext.UsageOrRuntimeError;
            }

            if (!TryParseGroups(parseResult.GetValue(failOn)!, out var gate))
            {
                error.WriteLine("error: --fail-on takes expired, expiring, revoked, leaked (comma-separated) or none");
                return KeystoreCommandContext.UsageOrRuntimeError;
            }

            var report = AuditReport.Create(keystore.Storage.Read().Document.Entries, keystore.Clock.GetUtcNow(), windows);
            var failing = report.Failing(gate);
            if (parseResult.GetValue(json))
            {
                WriteJson(output, report, failing);
            }
            else
            {
                WriteText(output, report, failing);
            }

            return failing.Count > 0 ? GateFailed : 0;
        }));
        return command;
    }

    private static void WriteText(TextWriter output, AuditReport report, IReadOnlyList<AuditGroup> failing)
    {
        foreach (var group in Enum.GetValues<AuditGroup>())
        {
            var items = report.In(group).ToList();
            if (group == AuditGroup.Expiring)
            {
                foreach (var window in report.WarnDays.OrderBy(days => days))
                {
                    var inWindow = items.Where(item => item.WindowDays == window).ToList();
                    output.WriteLine($"EXPIRING within {window} days ({inWindow.Count})");
                    foreach (var item in inWindow)
                    {
                        output.WriteLine($"  {EntryText.Describe(item.Entry)}  expires {EntryText.Date(item.Entry.ExpiresAt)} (in {Days(item.Remaining)})");
                    }
                }

                continue;
            }

            if (group == AuditGroup.Rotated && items.Count == 0)
            {
                continue;
            }

            output.WriteLine($"{group.ToString().ToUpperInvariant()} ({items.Count})");
            foreach (var item in items)
            {
                output.WriteLine($"  {EntryText.Describe(item.Entry)}  {Detail(item)}");
            }
        }

        output.WriteLine(failing.Count == 0
            ? "audit passed"
            : $"audit failed: {string.Join(", ", failing.Select(group => group.ToString().ToLowerInvariant()))}");
    }

    private static string Detail(AuditItem item) => item.Group switch
    {
        AuditGroup.Expired => $"expired {EntryText.Date(item.Entry.ExpiresAt)} ({Days(item.Remaining?.Negate())} ago)",
        AuditGroup.Revoked => $"revoked {EntryText.Date(item.Entry.RevokedAt)}" + (item.Entry.RevokeReason is { } reason ? $": {reason}" : string.Empty),
        AuditGroup.Leaked => $"found by rule {item.Entry.Leak!.RuleId} in {item.Entry.Leak.Path}" + (item.Entry.Leak.Commit is { } commit ? $" at {commit[..Math.Min(12, commit.Length)]}" : string.Empty) + $", first seen {EntryText.Date(item.Entry.Leak.FirstSeen)}; rotate or revoke it",
        AuditGroup.Rotated => $"replaced by {item.Entry.ReplacedBy}; accepted until {EntryText.Date(item.Entry.OverlapEndsAt)}",
        _ => $"expires {EntryText.Date(item.Entry.ExpiresAt)}",
    };

    private static string Days(TimeSpan? span) => span is { } value ? $"{Math.Max(0, value.TotalDays):0.#} days" : "-";

    private static void WriteJson(TextWriter output, AuditReport report, IReadOnlyList<AuditGroup> failing)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("at", report.At);
            writer.WriteStartArray("warnDays");
            foreach (var days in report.WarnDays)
            {
                writer.WriteNumberValue(days);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("passed", failing.Count == 0);
            writer.WriteStartArray("failing");
            foreach (var group in failing)
            {
                writer.WriteStringValue(group.ToString().ToLowerInvariant());
            }

            writer.WriteEndArray();
            writer.WriteStartObject("counts");
            foreach (var group in Enum.GetValues<AuditGroup>())
            {
                writer.WriteNumber(group.ToString().ToLowerInvariant(), report.Count(group));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("entries");
            foreach (var item in report.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("group", item.Group.ToString().ToLowerInvariant());
                if (item.WindowDays is { } window)
                {
                    writer.WriteNumber("windowDays", window);
                }

                EntryText.WriteJson(writer, item.Entry, item.Status);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    internal static bool TryParseDays(string text, out List<int> days)
    {
        days = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return false;
            }

            days.Add(value);
        }

        return days.Count > 0;
    }

    private static bool TryParseGroups(string text, out List<AuditGroup> groups)
    {
        groups = new List<AuditGroup>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "none":
                    break;
                case "expired":
                    groups.Add(AuditGroup.Expired);
                    break;
                case "expiring":
                    groups.Add(AuditGroup.Expiring);
                    break;
                case "revoked":
                    groups.Add(AuditGroup.Revoked);
                    break;
                case "leaked":
                    groups.Add(AuditGroup.Leaked);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}

using System.CommandLine;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>keystore list [--service S] [--status STATUS] [--json]</c>: the entries, never their secrets.</summary>
internal static class ListCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var service = new Option<string?>("--service") { Description = "Only this service" };
        var status = new Option<string?>("--status") { Description = "Only this status: healthy, expiring, expired, revoked, leaked, rotating, retired" };
        status.AcceptOnlyFromAmong(Enum.GetValues<EntryStatus>().Select(StatusEvaluator.Name).ToArray());
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("list", "List entries (id, name, service, kind, status, expiry).") { service, status, json };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, _) =>
        {
            var now = keystore.Clock.GetUtcNow();
            var wantedService = parseResult.GetValue(service);
            var wantedStatus = parseResult.GetValue(status);
            var rows = keystore.Storage.Read().Document.Entries
                .Select(entry => (Entry: entry, Status: StatusEvaluator.Evaluate(entry, now, TimeSpan.FromDays(30))))
                .Where(row => wantedService is null || string.Equals(row.Entry.Service, wantedService, StringComparison.Ordinal))
                .Where(row => wantedStatus is null || StatusEvaluator.Name(row.Status) == wantedStatus)
                .OrderBy(row => row.Entry.Service, StringComparer.Ordinal).ThenBy(row => row.Entry.Name, StringComparer.Ordinal)
                .ToList();
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var row in rows)
                    {
                        writer.WriteStartObject();
                        EntryText.WriteJson(writer, row.Entry, row.Status);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                return 0;
            }

            var table = rows.Select(row => new[]
            {
                row.Entry.Id, row.Entry.Name, row.Entry.Service, EntryText.Kind(row.Entry.Kind), StatusEvaluator.Name(row.Status), EntryText.Date(row.Entry.ExpiresAt),
            }).ToList();
            TextTable.Write(output, new[] { "ID", "NAME", "SERVICE", "KIND", "STATUS", "EXPIRES" }, table);
            return 0;
        }));
        return command;
    }
}

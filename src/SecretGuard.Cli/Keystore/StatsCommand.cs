using System.CommandLine;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Cli.Keystore;

/// <summary><c>keystore stats [--json]</c>: counts by status, kind and service, and facts about the store file.</summary>
internal static class StatsCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("stats", "Counts by status, kind and service.") { json };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, _) =>
        {
            var stats = KeystoreStats.Create(keystore.Storage.Read(), keystore.Clock.GetUtcNow(), TimeSpan.FromDays(30));
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("store", keystore.Storage.Location.StorePath);
                    writer.WriteString("keySource", stats.KeySource.ToString());
                    writer.WriteNumber("generation", stats.Generation);
                    writer.WriteNumber("total", stats.Total);
                    writer.WriteNumber("keptSecrets", stats.KeptSecrets);
                    writer.WriteStartObject("byStatus");
                    foreach (var (status, count) in stats.ByStatus)
                    {
                        writer.WriteNumber(StatusEvaluator.Name(status), count);
                    }

                    writer.WriteEndObject();
                    writer.WriteStartObject("byKind");
                    foreach (var (kind, count) in stats.ByKind)
                    {
                        writer.WriteNumber(EntryText.Kind(kind), count);
                    }

                    writer.WriteEndObject();
                    writer.WriteStartObject("byService");
                    foreach (var (service, count) in stats.ByService)
                    {
                        writer.WriteNumber(service, count);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                });
                return 0;
            }

            output.WriteLine($"store: {keystore.Storage.Location.StorePath} ({stats.KeySource}, {stats.Generation} writes)");
            output.WriteLine($"entries: {stats.Total} ({stats.KeptSecrets} with a kept secret)");
            output.WriteLine("by status: " + string.Join(", ", stats.ByStatus.Select(pair => $"{StatusEvaluator.Name(pair.Key)} {pair.Value}")));
            output.WriteLine("by kind: " + string.Join(", ", stats.ByKind.Select(pair => $"{EntryText.Kind(pair.Key)} {pair.Value}")));
            output.WriteLine("by service: " + string.Join(", ", stats.ByService.Select(pair => $"{pair.Key} {pair.Value}")));
            return 0;
        }));
        return command;
    }
}

using System.CommandLine;
using SecretGuard.Keystore.Export;

namespace SecretGuard.Cli.Keystore;

/// <summary>
/// <c>keystore export --format env|dotenv|json|github-actions [--service S]</c>. Emits only the secrets the
/// store was asked to keep (<c>--keep-secret</c>); every other entry is listed on stderr as not exportable.
/// github-actions masks each value (stdout) and appends the variables to <c>$GITHUB_ENV</c>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var format = new Option<string>("--format") { Description = "env, dotenv, json or github-actions", Required = true };
        format.AcceptOnlyFromAmong("env", "dotenv", "json", "github-actions");
        var service = new Option<string?>("--service") { Description = "Only this service" };
        var command = new Command("export", "Print kept secrets as environment variables (only entries created with --keep-secret).") { format, service };
        command.SetAction(parseResult => context.Run(parseResult, (keystore, output, error) =>
        {
            var wantedService = parseResult.GetValue(service);
            var entries = keystore.Storage.Read().Document.Entries
                .Where(entry => wantedService is null || string.Equals(entry.Service, wantedService, StringComparison.Ordinal));
            var plan = ExportPlan.Create(entries, keystore.Clock.GetUtcNow());
            foreach (var (entry, reason) in plan.Skipped)
            {
                error.WriteLine($"skipped {EntryText.Describe(entry)}: {reason}");
            }

            var chosen = parseResult.GetValue(format) switch
            {
                "env" => ExportFormat.Env,
                "dotenv" => ExportFormat.Dotenv,
                "json" => ExportFormat.Json,
                _ => ExportFormat.GitHubActions,
            };
            if (chosen == ExportFormat.GitHubActions)
            {
                var envFile = Environment.GetEnvironmentVariable("GITHUB_ENV");
                if (string.IsNullOrEmpty(envFile))
                {
                    error.WriteLine("error: --format github-actions appends to $GITHUB_ENV, which is not set (run it in a GitHub Actions step)");
                    return KeystoreCommandContext.UsageOrRuntimeError;
                }

                output.Write(ExportWriter.RenderGitHubMasks(plan.Variables));
                File.AppendAllText(envFile, ExportWriter.RenderGitHubEnvFile(plan.Variables));
            }
            else
            {
                output.Write(ExportWriter.Render(plan.Variables, chosen));
            }

            error.WriteLine($"exported {plan.Variables.Count} of {plan.Variables.Count + plan.Skipped.Count} entries");
            return 0;
        }));
        return command;
    }
}

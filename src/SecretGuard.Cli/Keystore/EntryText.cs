using System.Globalization;
using System.Text.Json;
using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Status;

namespace SecretGuard.Cli.Keystore;

/// <summary>How entries are printed: one text line, or a JSON object. Never the secret or the verifier.</summary>
internal static class EntryText
{
    public static string Date(DateTimeOffset? time) => time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "never";

    public static string Kind(EntryKind kind) => kind switch
    {
        EntryKind.ApiKey => "api-key",
        EntryKind.Jwt => "jwt",
        EntryKind.Imported => "imported",
        _ => "discovered",
    };

    public static string Describe(KeyEntry entry) => $"{entry.Id} {entry.Name} ({entry.Service}, {Kind(entry.Kind)})";

    public static void WriteJson(Utf8JsonWriter writer, KeyEntry entry, EntryStatus? status)
    {
        writer.WriteString("id", entry.Id);
        writer.WriteString("name", entry.Name);
        writer.WriteString("service", entry.Service);
        writer.WriteString("kind", Kind(entry.Kind));
        if (status is { } value)
        {
            writer.WriteString("status", StatusEvaluator.Name(value));
        }

        writer.WriteString("createdAt", entry.CreatedAt);
        WriteOptional(writer, "expiresAt", entry.ExpiresAt);
        WriteOptional(writer, "revokedAt", entry.RevokedAt);
        if (entry.RevokeReason is not null)
        {
            writer.WriteString("revokeReason", entry.RevokeReason);
        }

        if (entry.ReplacedBy is not null)
        {
            writer.WriteString("replacedBy", entry.ReplacedBy);
            WriteOptional(writer, "overlapEndsAt", entry.OverlapEndsAt);
        }

        if (entry.Replaces is not null)
        {
            writer.WriteString("replaces", entry.Replaces);
        }

        writer.WriteStartArray("scopes");
        foreach (var scope in entry.Scopes)
        {
            writer.WriteStringValue(scope);
        }

        writer.WriteEndArray();
        if (entry.RateLimit is { } rateLimit)
        {
            writer.WriteNumber("rateLimit", rateLimit);
        }

        writer.WriteBoolean("exportable", entry.Secret is not null);
        if (entry.Leak is { } leak)
        {
            writer.WriteStartObject("leak");
            writer.WriteString("ruleId", leak.RuleId);
            writer.WriteString("path", leak.Path);
            if (leak.Commit is not null)
            {
                writer.WriteString("commit", leak.Commit);
            }

            writer.WriteString("firstSeen", leak.FirstSeen);
            writer.WriteEndObject();
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

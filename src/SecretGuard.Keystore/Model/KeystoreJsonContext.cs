using System.Text.Json.Serialization;

namespace SecretGuard.Keystore.Model;

/// <summary>Source-generated JSON for the store payload (no reflection at start-up).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(KeystoreDocument))]
internal sealed partial class KeystoreJsonContext : JsonSerializerContext
{
}

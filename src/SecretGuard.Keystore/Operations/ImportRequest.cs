namespace SecretGuard.Keystore.Operations;

/// <summary>What <c>import</c> asks for. Without <see cref="Expires"/>, a JWT's <c>exp</c> is used.</summary>
public sealed record ImportRequest(string Value, string Name, string Service)
{
    public DateTimeOffset? Expires { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = Array.Empty<string>();

    public bool KeepSecret { get; init; }
}

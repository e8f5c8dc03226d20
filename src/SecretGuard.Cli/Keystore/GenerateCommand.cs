using System.CommandLine;
using SecretGuard.Keystore.Jwt;
using SecretGuard.Keystore.Operations;

namespace SecretGuard.Cli.Keystore;

/// <summary>
/// <c>keystore generate api-key|jwt</c>: issues a credential. The secret goes to stdout once (for piping);
/// what was created goes to stderr. The store keeps a verifier, and the secret only with <c>--keep-secret</c>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(KeystoreCommandContext context)
    {
        var command = new Command("generate", "Issue a new credential (shown once).");
        command.Subcommands.Add(CreateApiKey(context));
        command.Subcommands.Add(CreateJwt(context));
        return command;
    }

    private static Command CreateApiKey(KeystoreCommandContext context)
    {
        var name = NameOption();
        var service = ServiceOption();
        var expiryDays = new Option<int?>("--expiry-days") { Description = "Days until the key expires (default: never)" };
        var prefix = new Option<string>("--prefix") { Description = "Recognisable prefix (2-16 lower-case letters/digits)", DefaultValueFactory = _ => "sgk" };
        var scope = ScopeOption();
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per minute to record with the key (informational)" };
        var keep = KeepSecretOption();
        var command = new Command("api-key", "Generate an API key: <prefix>_<keyid>_<random><checksum> from the system CSPRNG.")
        {
            name, service, expiryDays, prefix, scope, rateLimit, keep,
        };
        command.SetAction(parseResult => context.Run(parseResult, (service_, output, error) =>
        {
            var issued = service_.GenerateApiKey(new ApiKeyRequest(parseResult.GetValue(name)!, parseResult.GetValue(service)!)
            {
                ExpiryDays = parseResult.GetValue(expiryDays),
                Prefix = parseResult.GetValue(prefix)!,
                Scopes = parseResult.GetValue(scope) ?? Array.Empty<string>(),
                RateLimit = parseResult.GetValue(rateLimit),
                KeepSecret = parseResult.GetValue(keep),
            });
            output.WriteLine(issued.Secret);
            ReportIssued(error, issued);
            return 0;
        }));
        return command;
    }

    private static Command CreateJwt(KeystoreCommandContext context)
    {
        var name = NameOption();
        var service = ServiceOption();
        var expiryDays = new Option<int>("--expiry-days") { Description = "Days until the token expires", Required = true };
        var claims = new Option<string[]>("--claim") { Description = "Claim to include, as name=value (repeatable)" };
        var algorithm = new Option<string>("--algorithm") { Description = "HS256 (HMAC key held in the store) or ES256 (P-256 key held in the store)", DefaultValueFactory = _ => JwtAlgorithm.HS256 };
        algorithm.AcceptOnlyFromAmong(JwtAlgorithm.HS256, JwtAlgorithm.ES256);
        var scope = ScopeOption();
        var keep = KeepSecretOption();
        var command = new Command("jwt", "Generate a signed JWT (jti = entry id) with the store's signing key.")
        {
            name, service, expiryDays, claims, algorithm, scope, keep,
        };
        command.SetAction(parseResult => context.Run(parseResult, (service_, output, error) =>
        {
            var parsedClaims = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var claim in parseResult.GetValue(claims) ?? Array.Empty<string>())
            {
                var equals = claim.IndexOf('=');
                if (equals <= 0)
                {
                    error.WriteLine($"error: --claim '{claim}' must be name=value");
                    return KeystoreCommandContext.UsageOrRuntimeError;
                }

                parsedClaims[claim[..equals]] = claim[(equals + 1)..];
            }

            var issued = service_.GenerateJwt(new JwtRequest(parseResult.GetValue(name)!, parseResult.GetValue(service)!, parseResult.GetValue(expiryDays))
            {
                Claims = parsedClaims,
                Algorithm = parseResult.GetValue(algorithm)!,
                Scopes = parseResult.GetValue(scope) ?? Array.Empty<string>(),
                KeepSecret = parseResult.GetValue(keep),
            });
            output.WriteLine(issued.Secret);
            ReportIssued(error, issued);
            return 0;
        }));
        return command;
    }

    internal static void ReportIssued(TextWriter error, IssuedCredential issued)
    {
        var entry = issued.Entry;
        error.WriteLine($"created {EntryText.Describe(entry)}, expires {EntryText.Date(entry.ExpiresAt)}");
        error.WriteLine(entry.Secret is null
            ? "the value above is shown once; the store keeps only a keyed hash of it"
            : "the value above is also kept, encrypted, in the store (--keep-secret): 'export' can emit it");
    }

    internal static Option<string> NameOption() => new("--name") { Description = "Human-readable name (also the export variable name)", Required = true };

    internal static Option<string> ServiceOption() => new("--service") { Description = "Service the credential belongs to", Required = true };

    internal static Option<string[]> ScopeOption() => new("--scope") { Description = "Scope the credential carries (repeatable)" };

    internal static Option<bool> KeepSecretOption() => new("--keep-secret") { Description = "Also keep the secret (encrypted) so 'export' can emit it; by default only a keyed hash is stored" };
}

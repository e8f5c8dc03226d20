using SecretGuard.Core.Findings;
using global::SecretGuard.Keystore;
using global::SecretGuard.Keystore.Storage;

namespace SecretGuard.Cli.Common;

/// <summary>
/// <c>--keystore</c>/<c>--track</c> on <c>scan</c> and <c>git</c>: reported findings are matched against the keystore
/// in memory (the same keyed hash the keystore verifies with) and carry its id, name and status; with
/// <c>--track</c>, new ones are recorded as LEAKED entries (verifier only). Baselined and ignored findings are
/// accepted risks and are neither annotated nor tracked.
/// </summary>
public static class KeystoreFindingLink
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> reported, SharedSettings shared)
    {
        if (!shared.UseKeystore || reported.Count == 0)
        {
            return reported;
        }

        var location = KeystoreLocation.Resolve(shared.KeystorePath, shared.KeystoreKeyFile);
        var link = KeystoreScanLink.Open(location, createIfMissing: shared.Track);
        return link.Annotate(reported, shared.Track);
    }
}

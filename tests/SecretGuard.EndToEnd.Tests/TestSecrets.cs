using SecretGuard.Testing;

namespace SecretGuard.EndToEnd.Tests;

/// <summary>Real-format secrets generated at test time (never committed).</summary>
internal static class TestSecrets
{
    /// <summary>A GitHub-format personal access token with a valid checksum.</summary>
    public static string GitHubToken() => GeneratedSecrets.GitHubToken();

    /// <summary>A Stripe live secret key (<c>sk_live_</c> + 24..247 alphanumerics; catalog rule <c>stripe-secret-key</c>).</summary>
    public static string StripeLiveKey() => "sk_" + "live_" + GeneratedSecrets.Random(32);
}

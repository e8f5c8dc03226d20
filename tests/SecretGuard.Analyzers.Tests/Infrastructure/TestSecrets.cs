using SecretGuard.Testing;

namespace SecretGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Secrets generated at test time (random, right structure), so nothing that looks like a credential is committed.
/// </summary>
internal static class TestSecrets
{
    /// <summary>The catalog's description of rule <c>github-pat</c>, as SG0001/SG0004 messages name it.</summary>
    public static string GitHubPatDescription => SecretGuard.Core.Rules.RuleCatalog.BuiltIn.Find("github-pat")!.Description;

    /// <summary>A GitHub personal access token with a valid CRC-32 checksum (catalog rule <c>github-pat</c>, high confidence).</summary>
    public static string GitHubToken() => GeneratedSecrets.GitHubToken();

    /// <summary>A <c>ghp_</c> token whose checksum is wrong (the validator lowers its confidence).</summary>
    public static string GitHubTokenWithBadChecksum()
    {
        var valid = GitHubToken();
        var last = valid[^1] == 'A' ? 'B' : 'A';
        return valid[..^1] + last;
    }

    /// <summary>A random password-like value: letters, digits and symbols, high entropy.</summary>
    public static string Password() => Random(10) + "!#" + Random(4);

    public static string Random(int length) => GeneratedSecrets.Random(length);
}

namespace SecretGuard.Git.Hooks;

/// <summary>The pre-commit hook SecretGuard installs: POSIX sh, runs a chained hook first, then <c>secretguard git --staged</c>.</summary>
public static class PreCommitHookScript
{
    /// <summary>Marks a hook file as ours (install refreshes it, uninstall removes it; anything else is foreign).</summary>
    public const string Marker = "# secretguard-hook v1";

    /// <summary>Name of a foreign hook moved aside by install; the SecretGuard hook runs it first.</summary>
    public const string ChainedFileName = "pre-commit.secretguard-chained";

    public const string Text = """
        #!/bin/sh
        # secretguard-hook v1: installed by 'secretguard hook install', removed by 'secretguard hook uninstall'.
        # Scans what is about to be committed (the index) and blocks the commit when a secret is found.
        # Git runs hooks from the top of the working tree; .secretguard-baseline.json there is honoured.
        # A finding you accept: add its fingerprint to .secretguardignore. Skip once: git commit --no-verify.
        chained="$(dirname "$0")/pre-commit.secretguard-chained"
        if [ -x "$chained" ]; then
          "$chained" "$@" || exit $?
        fi
        set -- git --staged
        if [ -f .secretguard-baseline.json ]; then
          set -- "$@" --baseline .secretguard-baseline.json
        fi
        if command -v secretguard >/dev/null 2>&1; then
          exec secretguard "$@"
        fi
        if command -v dotnet >/dev/null 2>&1; then
          # a local tool (dotnet tool install SecretGuard.Tool with a tool manifest)
          exec dotnet secretguard "$@"
        fi
        echo "secretguard: not found on PATH; install it with 'dotnet tool install -g SecretGuard.Tool' (commit blocked)" >&2
        exit 2

        """;
}

using SecretGuard.Analyzers.Tests.Infrastructure;
using SecretGuard.CodeFixes;
using CatalogFix = SecretGuard.Analyzers.Tests.Infrastructure.CodeFixVerifier<SecretGuard.Analyzers.CatalogMatchAnalyzer, SecretGuard.CodeFixes.ReplaceWithEnvironmentVariableCodeFix>;
using NameFix = SecretGuard.Analyzers.Tests.Infrastructure.CodeFixVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer, SecretGuard.CodeFixes.ReplaceWithEnvironmentVariableCodeFix>;
using SinkFix = SecretGuard.Analyzers.Tests.Infrastructure.CodeFixVerifier<SecretGuard.Analyzers.CredentialSinkAnalyzer, SecretGuard.CodeFixes.ReplaceWithEnvironmentVariableCodeFix>;

namespace SecretGuard.Analyzers.Tests;

public class ReplaceWithEnvironmentVariableCodeFixTests
{
    private readonly string token = TestSecrets.GitHubToken();
    private readonly string password = TestSecrets.Password();

    [Fact]
    public async Task Field_IsReadFromAnEnvironmentVariableNamedAfterIt()
    {
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                private static readonly string GitHubToken = "{|SG0001:{{token}}|}";
            }
            """, """
            using System;
            class C
            {
                private static readonly string GitHubToken = Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new InvalidOperationException("Set the GITHUB_TOKEN environment variable.");
            }
            """);
    }

    [Fact]
    public async Task ConstField_BecomesStaticReadonly()
    {
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                public const string DeployToken = "{|SG0001:{{token}}|}";
            }
            """, """
            using System;
            class C
            {
                public static readonly string DeployToken = Environment.GetEnvironmentVariable("DEPLOY_TOKEN") ?? throw new InvalidOperationException("Set the DEPLOY_TOKEN environment variable.");
            }
            """);
    }

    [Fact]
    public async Task ConstLocal_BecomesAVariable()
    {
        await NameFix.VerifyAsync($$"""
            using System;
            class C
            {
                void M()
                {
                    const string dbPassword = {|SG0002:"{{password}}"|};
                }
            }
            """, """
            using System;
            class C
            {
                void M()
                {
                    string dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Set the DB_PASSWORD environment variable.");
                }
            }
            """);
    }

    [Fact]
    public async Task SecretInsideALongerString_IsSplicedOut()
    {
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                string header = "token {|SG0001:{{token}}|}";
            }
            """, """
            using System;
            class C
            {
                string header = "token " + Environment.GetEnvironmentVariable("HEADER");
            }
            """);
    }

    [Fact]
    public async Task SecretInAnInterpolatedString_BecomesAHole()
    {
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                string Url(string repo) => $"https://x:{|SG0001:{{token}}|}@github.com/{repo}";
            }
            """, """
            using System;
            class C
            {
                string Url(string repo) => $"https://x:{Environment.GetEnvironmentVariable("URL")}@github.com/{repo}";
            }
            """);
    }

    [Fact]
    public async Task WithoutANamedTarget_TheRuleIdNamesTheVariable()
    {
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                void M() => Console.WriteLine("{|SG0001:{{token}}|}");
            }
            """, """
            using System;
            class C
            {
                void M() => Console.WriteLine(Environment.GetEnvironmentVariable("GITHUB_PAT") ?? throw new InvalidOperationException("Set the GITHUB_PAT environment variable."));
            }
            """);
    }

    [Fact]
    public async Task FoldedConstant_IsReplacedWhole()
    {
        var (head, tail) = (token[..4], token[4..]);
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                const string Prefix = "{{head}}";
                const string Token = {|SG0001:Prefix + "{{tail}}"|};
            }
            """, $$"""
            using System;
            class C
            {
                const string Prefix = "{{head}}";
                static readonly string Token = Environment.GetEnvironmentVariable("TOKEN") ?? throw new InvalidOperationException("Set the TOKEN environment variable.");
            }
            """);
    }

    [Fact]
    public async Task DictionaryKey_UsesTheConfigurationConvention()
    {
        await NameFix.VerifyAsync($$"""
            using System;
            using System.Collections.Generic;
            class C
            {
                Dictionary<string, string> d = new() { ["Secrets:ApiKey"] = {|SG0002:"{{password}}"|} };
            }
            """, """
            using System;
            using System.Collections.Generic;
            class C
            {
                Dictionary<string, string> d = new() { ["Secrets:ApiKey"] = Environment.GetEnvironmentVariable("SECRETS__APIKEY") ?? throw new InvalidOperationException("Set the SECRETS__APIKEY environment variable.") };
            }
            """);
    }

    [Fact]
    public async Task CredentialSink_IsNamedAfterTheSink()
    {
        await SinkFix.VerifyAsync($$"""
            using System;
            using System.Net;
            class C
            {
                object M() => new NetworkCredential("svc", {|SG0003:"{{password}}"|});
            }
            """, """
            using System;
            using System.Net;
            class C
            {
                object M() => new NetworkCredential("svc", Environment.GetEnvironmentVariable("NETWORK_CREDENTIAL_PASSWORD") ?? throw new InvalidOperationException("Set the NETWORK_CREDENTIAL_PASSWORD environment variable."));
            }
            """);
    }

    [Fact]
    public async Task ParameterDefault_GetsNoReplacement()
    {
        var source = $$"""
            class C
            {
                void M(string password = {|SG0002:"{{password}}"|}) { }
            }
            """;
        await NameFix.VerifyAsync(source, source);
    }

    [Fact]
    public async Task FixAll_ReplacesEverySecretInTheDocument()
    {
        var second = TestSecrets.GitHubToken();
        await CatalogFix.VerifyAsync($$"""
            using System;
            class C
            {
                static readonly string ReadToken = "{|SG0001:{{token}}|}";
                static readonly string WriteToken = "{|SG0001:{{second}}|}";
            }
            """, """
            using System;
            class C
            {
                static readonly string ReadToken = Environment.GetEnvironmentVariable("READ_TOKEN") ?? throw new InvalidOperationException("Set the READ_TOKEN environment variable.");
                static readonly string WriteToken = Environment.GetEnvironmentVariable("WRITE_TOKEN") ?? throw new InvalidOperationException("Set the WRITE_TOKEN environment variable.");
            }
            """);
    }

    [Fact]
    public async Task WithoutUsingSystem_TheTypesAreFullyQualified()
    {
        await CatalogFix.VerifyAsync($$"""
            class C
            {
                string apiToken = "{|SG0001:{{token}}|}";
            }
            """, """
            class C
            {
                string apiToken = global::System.Environment.GetEnvironmentVariable("API_TOKEN") ?? throw new global::System.InvalidOperationException("Set the API_TOKEN environment variable.");
            }
            """);
    }
}

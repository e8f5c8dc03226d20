using SecretGuard.Analyzers.Tests.Infrastructure;
using Verify = SecretGuard.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SecretGuard.Analyzers.SecretNamedLiteralAnalyzer>;

namespace SecretGuard.Analyzers.Tests;

/// <summary>
/// Values and names that look secret-ish but are not credentials: none of these may be reported. Lines the
/// repository's own scan (generic rules) would flag carry <c>secretguard:allow</c>: they are fixtures, not secrets.
/// </summary>
public class SecretNamedLiteralMustNotFlagTests
{
    public static TheoryData<string> Declarations() => new()
    {
        // Placeholders and templates.
        """string Password = "changeme";""",
        """string Password = "YOUR_PASSWORD_HERE";""",
        """string ApiKey = "<your-api-key>";""",
        """string ApiKey = "${API_KEY}";""",
        """string Token = "{{ .Values.token }}";""",
        """string Password = "********";""",
        """string ClientSecret = "xxxxxxxxxxxx";""",
        """string Password = "p@ssw0rd";""",
        """string Password = "";""",
        """string Password = "   ";""",
        """string Password = "password";""",
        // Environment / configuration lookups and names of them.
        """string Password = "DB_PASSWORD";""",
        """string ApiKey = "Secrets:Stripe:ApiKey";""",
        """string ConnectionString = "ConnectionStrings:Default";""",
        """string Token = "%GITHUB_TOKEN%";""",
        """string? Password = System.Environment.GetEnvironmentVariable("DB_PASSWORD");""",
        // UI text and messages.
        """string Password = "Enter your password";""",
        """string PasswordPrompt = "Password:";""", // secretguard:allow (must-not-flag fixture)
        """string Password = "Password is required.";""",
        """string PasswordLabel = "Kennwort123";""", // secretguard:allow (must-not-flag fixture)
        """string Secret = "Don't tell anyone";""",
        // Names that are not credentials.
        """char PasswordChar = '*'; string PasswordMask = "x7#Kd9!Qp2";""", // secretguard:allow (must-not-flag fixture)
        """string TokenType = "Bearer";""",
        """string KeyName = "primary-signing-key-2024";""",
        """string PublicKeyToken = "b77a5c561934e089";""",
        """string InstrumentationKey = "3f2a9c0e1b7d44a6";""",
        """string CacheKey = "user:42:profile7";""",
        """string PasswordHash = "5f4dcc3b5aa765d61d8327deb882cf99";""", // secretguard:allow (must-not-flag fixture)
        """string TokenEndpoint = "https://login.example.net/oauth2/v2.0/token";""",
        """string SecretName = "stripe-api-key-prod";""",
        """string PartitionKey = "tenant-7f3a9b";""",
        """string ContinuationToken = "eyJrIjoiNDIifQx7";""",
        """string UserName = "svc_deploy_7Hq";""",
        // Values that are not secrets.
        """string ClientSecret = "0f8fad5b-d9cb-469f-a165-70867728950e";""", // secretguard:allow (must-not-flag fixture)
        """string PublicKey = "-----BEGIN PUBLIC KEY-----MIIBIjANBgkq";""",
        """string ApiKey = "pk_live_51Habc7Kd9Qp2x";""", // secretguard:allow (must-not-flag fixture)
        """string SigningKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5";""",
        """string KeyFile = "certs/signing-key.pem"; string PrivateKey = "keys/app.pfx";""",
        """string Password = "https://vault.example.net/secrets/db";""",
        """string ConnectionString = "Server=.;Database=App;Trusted_Connection=True;";""",
        """string ConnectionString = "Server=db;User Id=app;Password={0};";""",
        """string ConnectionString = "Server=db;User Id=app;Password=;";""",
        """string Token = "aaaaaaaaaaaaaaaa";""",
        """string Password = "Authorization";""",
        // Test-data conventions.
        """string Password = "fake-password-for-tests";""",
        """string ApiKey = "dummy_key_value_1";""",
        """string Secret = "sample-secret-01";""",
    };

    [Theory]
    [MemberData(nameof(Declarations))]
    public async Task IsNotReported(string declaration)
    {
        await Verify.VerifyAsync($$"""
            #nullable enable
            class C
            {
                {{declaration}}
            }
            """);
    }

    [Fact]
    public async Task LiteralsNotAssignedToANamedTarget_AreNotReported()
    {
        await Verify.VerifyAsync("""
            class C
            {
                void M()
                {
                    System.Console.WriteLine("x7#Kd9!Qp2Lm");
                    if ("x7#Kd9!Qp2Lm".Length > 0) { }
                }
            }
            """);
    }
}

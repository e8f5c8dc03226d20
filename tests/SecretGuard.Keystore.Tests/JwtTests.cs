using System.Text;
using SecretGuard.Keystore.Jwt;
using SecretGuard.Keystore.Operations;
using SecretGuard.Keystore.Tests.Support;
using SecretGuard.Keystore.Verification;

namespace SecretGuard.Keystore.Tests;

public sealed class JwtTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private KeystoreService Service => _store.NewService();

    [Theory]
    [InlineData(JwtAlgorithm.HS256)]
    [InlineData(JwtAlgorithm.ES256)]
    public void Issued_jwt_verifies_by_signature(string algorithm)
    {
        var issued = Service.GenerateJwt(new JwtRequest("t", "auth", 1) { Algorithm = algorithm, Claims = new Dictionary<string, string> { ["sub"] = "alice" } });

        var header = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(issued.Secret.Split('.')[0])));
        Assert.Contains(algorithm, header, StringComparison.Ordinal);
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(issued.Secret).Outcome);
    }

    [Theory]
    [InlineData(JwtAlgorithm.HS256)]
    [InlineData(JwtAlgorithm.ES256)]
    public void Changed_payload_fails_the_signature_check(string algorithm)
    {
        var issued = Service.GenerateJwt(new JwtRequest("t", "auth", 1) { Algorithm = algorithm, Claims = new Dictionary<string, string> { ["role"] = "reader" } });
        var parts = issued.Secret.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("reader", "admin!", StringComparison.Ordinal);
        var forged = parts[0] + "." + Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + parts[2];

        var result = Service.CreateVerifier().Verify(forged);

        Assert.Equal(VerifyOutcome.Invalid, result.Outcome);
        Assert.Contains("signature", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_signature_is_invalid()
    {
        var issued = Service.GenerateJwt(new JwtRequest("t", "auth", 1));
        var signature = issued.Secret[(issued.Secret.LastIndexOf('.') + 1)..];
        var flipped = (signature[3] == 'A' ? 'B' : 'A') + string.Empty;
        var forged = issued.Secret[..(issued.Secret.LastIndexOf('.') + 4)] + flipped + signature[4..];

        Assert.Equal(VerifyOutcome.Invalid, Service.CreateVerifier().Verify(forged).Outcome);
    }

    [Fact]
    public void Unsigned_alg_none_token_with_a_known_jti_is_invalid()
    {
        var issued = Service.GenerateJwt(new JwtRequest("t", "auth", 1));
        var parts = issued.Secret.Split('.');
        var none = Base64Url(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + parts[1] + ".";

        Assert.Equal(VerifyOutcome.Invalid, Service.CreateVerifier().Verify(none).Outcome);
    }

    [Fact]
    public void Jwt_past_its_exp_is_expired_and_revoked_jwt_is_revoked()
    {
        var issued = Service.GenerateJwt(new JwtRequest("t", "auth", 2));
        var other = Service.GenerateJwt(new JwtRequest("u", "auth", 30));
        Service.Revoke(other.Entry.Id, "rotated by hand");

        _store.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(VerifyOutcome.Expired, Service.CreateVerifier().Verify(issued.Secret).Outcome);
        Assert.Equal(VerifyOutcome.Revoked, Service.CreateVerifier().Verify(other.Secret).Outcome);
    }

    [Fact]
    public void Imported_jwt_takes_its_expiry_from_exp()
    {
        using var issuer = new TempStore();
        var external = issuer.NewService().GenerateJwt(new JwtRequest("ext", "idp", 3));

        var entry = Service.Import(new ImportRequest(external.Secret, "idp token", "idp"));

        Assert.Equal(TempStore.Start.AddDays(3), entry.ExpiresAt);
        Assert.Equal(VerifyOutcome.Valid, Service.CreateVerifier().Verify(external.Secret).Outcome);
        _store.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(VerifyOutcome.Expired, Service.CreateVerifier().Verify(external.Secret).Outcome);
    }

    [Fact]
    public void Signing_key_lives_only_inside_the_encrypted_store()
    {
        Service.GenerateJwt(new JwtRequest("t", "auth", 1));
        var document = _store.NewStorage().Read().Document;
        Assert.NotNull(document.JwtHmacKey);

        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(_store.StorePath));
        Assert.DoesNotContain(document.JwtHmacKey!, raw, StringComparison.Ordinal);
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

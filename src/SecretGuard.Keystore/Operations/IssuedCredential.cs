using SecretGuard.Keystore.Model;

namespace SecretGuard.Keystore.Operations;

/// <summary>A new credential and its secret, which the caller shows once; the store keeps only the verifier unless asked.</summary>
public sealed record IssuedCredential(KeyEntry Entry, string Secret);

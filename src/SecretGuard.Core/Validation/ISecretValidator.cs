using SecretGuard.Core.Findings;

namespace SecretGuard.Core.Validation
{
    /// <summary>An offline structural check of a secret (no network). It raises or lowers confidence; it never hides a finding.</summary>
    public interface ISecretValidator
    {
        /// <summary>Name used in a rule's <c>validator</c> field.</summary>
        string Name { get; }

        ValidationStatus Validate(string secret);
    }
}

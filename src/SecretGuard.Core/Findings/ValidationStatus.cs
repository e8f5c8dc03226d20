namespace SecretGuard.Core.Findings
{
    /// <summary>Outcome of a rule's offline validator.</summary>
    public enum ValidationStatus
    {
        /// <summary>The rule has no validator, or it could not decide.</summary>
        NotChecked = 0,

        /// <summary>The structure checks out (checksum matches, key parses, token decodes).</summary>
        Valid = 1,

        /// <summary>The structure is wrong: confidence is lowered, the finding is still reported.</summary>
        Invalid = 2,
    }
}

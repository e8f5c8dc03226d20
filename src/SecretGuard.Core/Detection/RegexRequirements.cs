namespace SecretGuard.Core.Detection
{
    /// <summary>
    /// Necessary conditions of a pattern, derived once from its text by <see cref="RegexRequirementParser"/>: every
    /// match is at least <see cref="MinLength"/> characters long and contains each ASCII character of the required
    /// set. A text failing either cannot hold a match anywhere, so a caller may skip the regex; a text passing both
    /// may still not match. Only ASCII characters that case-insensitive matching cannot change (no letters) are ever
    /// required, so the conditions hold under <c>(?i)</c> too.
    /// </summary>
    /// <remarks>Fields, not properties: one more accessor is one more method to JIT in every compiler process.</remarks>
    internal sealed class RegexRequirements
    {
        /// <summary>No condition at all (a pattern the parser does not fully understand, or a user rule).</summary>
        public static readonly RegexRequirements None = new RegexRequirements(0, 0, 0);

        /// <summary>The shortest possible match, in UTF-16 characters.</summary>
        public readonly int MinLength;

        /// <summary>Required characters 0–63, one bit each.</summary>
        public readonly ulong RequiredLow;

        /// <summary>Required characters 64–127, one bit each (bit <c>c - 64</c>).</summary>
        public readonly ulong RequiredHigh;

        public RegexRequirements(int minLength, ulong requiredLow, ulong requiredHigh)
        {
            MinLength = minLength;
            RequiredLow = requiredLow;
            RequiredHigh = requiredHigh;
        }

        /// <summary>True when the pattern imposes nothing (the check can be skipped altogether).</summary>
        public bool IsNone => MinLength == 0 && RequiredLow == 0 && RequiredHigh == 0;

        /// <summary>The ASCII characters present in <paramref name="text"/>, as the two masks <see cref="Admits"/> takes.</summary>
        public static void AsciiPresent(string text, out ulong low, out ulong high)
        {
            low = 0;
            high = 0;
            foreach (var c in text)
            {
                if (c < 64)
                {
                    low |= 1UL << c;
                }
                else if (c < 128)
                {
                    high |= 1UL << (c - 64);
                }
            }
        }

        /// <summary>
        /// False when a text of <paramref name="length"/> characters holding the ASCII characters
        /// <paramref name="presentLow"/>/<paramref name="presentHigh"/> (see <see cref="AsciiPresent"/>) cannot contain a match.
        /// </summary>
        public bool Admits(int length, ulong presentLow, ulong presentHigh)
        {
            return length >= MinLength
                && (RequiredLow & ~presentLow) == 0
                && (RequiredHigh & ~presentHigh) == 0;
        }
    }
}

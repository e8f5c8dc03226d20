using System;

namespace SecretGuard.Core.Detection
{
    /// <summary>Shannon entropy in bits per character, as gitleaks computes it.</summary>
    public static class ShannonEntropy
    {
        public static double Compute(string value) => Compute(value.AsSpan());

        public static double Compute(ReadOnlySpan<char> value)
        {
            if (value.Length == 0)
            {
                return 0;
            }

            // Most secrets are ASCII: count in a stack table, spill the rest into a sorted pass.
            Span<int> ascii = stackalloc int[128];
            var nonAscii = 0;
            foreach (var c in value)
            {
                if (c < 128)
                {
                    ascii[c]++;
                }
                else
                {
                    nonAscii++;
                }
            }

            double entropy = 0;
            double length = value.Length;
            foreach (var count in ascii)
            {
                if (count > 0)
                {
                    var p = count / length;
                    entropy -= p * Math.Log(p, 2);
                }
            }

            if (nonAscii > 0)
            {
                var others = new char[nonAscii];
                var n = 0;
                foreach (var c in value)
                {
                    if (c >= 128)
                    {
                        others[n++] = c;
                    }
                }

                Array.Sort(others);
                var run = 1;
                for (var i = 1; i <= others.Length; i++)
                {
                    if (i < others.Length && others[i] == others[i - 1])
                    {
                        run++;
                        continue;
                    }

                    var p = run / length;
                    entropy -= p * Math.Log(p, 2);
                    run = 1;
                }
            }

            return entropy;
        }
    }
}

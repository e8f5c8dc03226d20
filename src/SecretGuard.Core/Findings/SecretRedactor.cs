using System;
using System.Collections.Generic;
using System.Text;

namespace SecretGuard.Core.Findings
{
    /// <summary>Masks secrets for display. Only a rule's public literal prefix (e.g. <c>ghp_</c>, <c>AKIA</c>) may stay visible.</summary>
    public static class SecretRedactor
    {
        public const string Mask = "****";
        private const int PreviewWidth = 160;

        /// <summary>The masked form of one secret, keeping <paramref name="publicPrefixLength"/> leading characters.</summary>
        public static string Redact(string secret, int publicPrefixLength)
        {
            if (publicPrefixLength <= 0 || publicPrefixLength >= secret.Length / 2)
            {
                return Mask;
            }

            return secret.Substring(0, publicPrefixLength) + Mask;
        }

        /// <summary>
        /// The line from <paramref name="lineStart"/> to <paramref name="lineEnd"/> with every span in
        /// <paramref name="secrets"/> (start, length, visible prefix) masked, cut to a readable width around
        /// <paramref name="focus"/>.
        /// </summary>
        public static string BuildPreview(string text, int lineStart, int lineEnd, IReadOnlyList<(int Start, int Length, int PrefixLength)> secrets, int focus)
        {
            var builder = new StringBuilder(Math.Min(lineEnd - lineStart, PreviewWidth * 2) + 16);
            var position = lineStart;
            var focusInPreview = 0;
            foreach (var (start, length, prefixLength) in secrets)
            {
                var end = start + length;
                if (end <= lineStart || start >= lineEnd || start < position)
                {
                    continue;
                }

                builder.Append(text, position, start - position);
                if (start == focus)
                {
                    focusInPreview = builder.Length;
                }

                var visible = prefixLength > 0 && prefixLength < length / 2 ? prefixLength : 0;
                builder.Append(text, start, visible).Append(Mask);
                position = Math.Min(end, lineEnd);
                if (end > lineEnd)
                {
                    position = lineEnd;
                }
            }

            if (position < lineEnd)
            {
                builder.Append(text, position, lineEnd - position);
            }

            var preview = builder.ToString().TrimEnd('\r');
            if (preview.Length <= PreviewWidth)
            {
                return preview.Trim();
            }

            var from = Math.Max(0, Math.Min(focusInPreview - (PreviewWidth / 3), preview.Length - PreviewWidth));
            var cut = preview.Substring(from, Math.Min(PreviewWidth, preview.Length - from));
            return (from > 0 ? "…" : string.Empty) + cut.Trim() + (from + PreviewWidth < preview.Length ? "…" : string.Empty);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>Renders values as C# source literals.</summary>
    internal static class CSharpLiteral
    {
        /// <summary>A verbatim literal (<c>@"…"</c>, the natural form for regexes); a regular escaped literal when the text holds control characters.</summary>
        public static string String(string value)
        {
            var hasControl = false;
            foreach (var c in value)
            {
                if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085')
                {
                    hasControl = true;
                    break;
                }
            }

            if (!hasControl)
            {
                return "@\"" + value.Replace("\"", "\"\"") + "\"";
            }

            var builder = new StringBuilder(value.Length + 8);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public static string StringArray(IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return "global::System.Array.Empty<string>()";
            }

            var builder = new StringBuilder("new string[] { ");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(String(values[i]));
            }

            return builder.Append(" }").ToString();
        }

        public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

        public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

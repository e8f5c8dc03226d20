using System;
using System.Globalization;
using System.Text;
using SecretGuard.Core.Validation;

namespace SecretGuard.Core.Rules
{
    /// <summary>
    /// Expands a rule example written as a template into concrete text with fresh random characters, so the
    /// repository holds the shape of a secret (<c>{{alnum:36}}</c>) but never a real-looking one.
    /// </summary>
    /// <remarks>
    /// Placeholders (N is a length):
    /// <c>{{alnum:N}}</c>, <c>{{alpha:N}}</c>, <c>{{upper:N}}</c>, <c>{{lower:N}}</c>, <c>{{digit:N}}</c>,
    /// <c>{{hex:N}}</c> (lower case), <c>{{HEX:N}}</c>, <c>{{base64:N}}</c>, <c>{{base64url:N}}</c>,
    /// <c>{{base32:N}}</c> (A-Z2-7), <c>{{chars:SET:N}}</c> (characters drawn from SET),
    /// <c>{{ghtoken:PREFIX}}</c> (GitHub-format token with a valid CRC-32), <c>{{npmtoken}}</c>, <c>{{jwt}}</c>,
    /// <c>{{uuid}}</c>, <c>{{pem:LABEL}}</c> with LABEL one of <c>RSA PRIVATE KEY</c>, <c>PRIVATE KEY</c>,
    /// <c>EC PRIVATE KEY</c>, <c>OPENSSH PRIVATE KEY</c> (a freshly generated key; net10.0 only).
    /// Anything else between braces — <c>{{ .Values.token }}</c>, <c>{{TOKEN}}</c> — is copied as written, so
    /// examples can show template placeholders; an unknown lower-case name such as <c>{{alnm:5}}</c> is an error.
    /// </remarks>
    public static class ExampleTemplate
    {
        private const string Alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        private const string Alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private const string Lower = "abcdefghijklmnopqrstuvwxyz";
        private const string Digits = "0123456789";
        private const string HexLower = "0123456789abcdef";
        private const string HexUpper = "0123456789ABCDEF";
        private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const string Base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        /// <summary>Replaces every placeholder in <paramref name="template"/>; throws <see cref="FormatException"/> for a malformed one.</summary>
        public static string Expand(string template, Random random)
        {
            if (template is null)
            {
                throw new ArgumentNullException(nameof(template));
            }

            if (random is null)
            {
                throw new ArgumentNullException(nameof(random));
            }

            var open = template.IndexOf("{{", StringComparison.Ordinal);
            if (open < 0)
            {
                return template;
            }

            var output = new StringBuilder(template.Length + 64);
            var copied = 0;
            while (open >= 0)
            {
                var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                var body = template.Substring(open + 2, close - open - 2);
                if (!IsPlaceholder(body))
                {
                    open = template.IndexOf("{{", open + 2, StringComparison.Ordinal);
                    continue;
                }

                output.Append(template, copied, open - copied);
                output.Append(ExpandOne(body, random));
                copied = close + 2;
                open = template.IndexOf("{{", copied, StringComparison.Ordinal);
            }

            output.Append(template, copied, template.Length - copied);
            return output.ToString();
        }

        /// <summary>Lower-case names (and <c>HEX</c>) are placeholders; anything else is literal text.</summary>
        private static bool IsPlaceholder(string body)
        {
            if (body.StartsWith("HEX:", StringComparison.Ordinal))
            {
                return true;
            }

            if (body.Length == 0 || body[0] < 'a' || body[0] > 'z')
            {
                return false;
            }

            var colon = body.IndexOf(':');
            var name = colon < 0 ? body : body.Substring(0, colon);
            foreach (var c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        private static string ExpandOne(string body, Random random)
        {
            var colon = body.IndexOf(':');
            var name = colon < 0 ? body : body.Substring(0, colon);
            var argument = colon < 0 ? null : body.Substring(colon + 1);
            switch (name)
            {
                case "alnum": return Draw(Alnum, Length(body, argument), random);
                case "alpha": return Draw(Alpha, Length(body, argument), random);
                case "upper": return Draw(Upper, Length(body, argument), random);
                case "lower": return Draw(Lower, Length(body, argument), random);
                case "digit": return Draw(Digits, Length(body, argument), random);
                case "hex": return Draw(HexLower, Length(body, argument), random);
                case "HEX": return Draw(HexUpper, Length(body, argument), random);
                case "base64": return Draw(Base64, Length(body, argument), random);
                case "base64url": return Draw(Base64Url, Length(body, argument), random);
                case "base32": return Draw(Base32, Length(body, argument), random);
                case "chars":
                {
                    var split = argument?.LastIndexOf(':') ?? -1;
                    if (split <= 0)
                    {
                        throw Malformed(body, "expected {{chars:SET:N}}");
                    }

                    return Draw(argument!.Substring(0, split), Length(body, argument.Substring(split + 1)), random);
                }

                case "ghtoken":
                    if (string.IsNullOrEmpty(argument))
                    {
                        throw Malformed(body, "expected {{ghtoken:PREFIX}}, e.g. {{ghtoken:ghp_}}");
                    }

                    return PrefixedCrc32TokenValidator.AppendChecksum(argument!, Draw(Alnum, 30, random));
                case "npmtoken":
                    return PrefixedCrc32TokenValidator.AppendChecksum("npm_", Draw(Alnum, 30, random));
                case "jwt":
                    return Jwt(random);
                case "uuid":
                    return Uuid(random);
                case "pem":
                    return ExampleKeyGenerator.Pem(argument ?? string.Empty, random);
                default:
                    throw Malformed(body, "unknown placeholder '" + name + "'");
            }
        }

        private static string Draw(string alphabet, int length, Random random)
        {
            if (alphabet.Length == 0)
            {
                throw new FormatException("Example template: empty character set.");
            }

            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        private static int Length(string body, string? argument)
        {
            if (argument is null
                || !int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length <= 0
                || length > 100000)
            {
                throw Malformed(body, "expected a length between 1 and 100000");
            }

            return length;
        }

        private static string Jwt(Random random)
        {
            var algorithms = new[] { "HS256", "RS256", "ES256" };
            var signatureBytes = new[] { 32, 256, 64 };
            var pick = random.Next(algorithms.Length);
            var issuedAt = 1700000000 + random.Next(50000000);
            var header = "{\"alg\":\"" + algorithms[pick] + "\",\"typ\":\"JWT\"}";
            var payload = "{\"sub\":\"" + Draw(Digits, 10, random) + "\",\"name\":\"" + Draw(Lower, 8, random)
                + "\",\"iat\":" + issuedAt.ToString(CultureInfo.InvariantCulture)
                + ",\"exp\":" + (issuedAt + 3600).ToString(CultureInfo.InvariantCulture) + "}";
            var signature = new byte[signatureBytes[pick]];
            random.NextBytes(signature);
            return Base64UrlEncode(Encoding.UTF8.GetBytes(header)) + "." + Base64UrlEncode(Encoding.UTF8.GetBytes(payload)) + "." + Base64UrlEncode(signature);
        }

        private static string Uuid(Random random)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var hex = new StringBuilder(36);
            for (var i = 0; i < bytes.Length; i++)
            {
                if (i == 4 || i == 6 || i == 8 || i == 10)
                {
                    hex.Append('-');
                }

                hex.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        internal static string Base64UrlEncode(byte[] bytes) =>
            Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static FormatException Malformed(string body, string reason) =>
            new FormatException("Example template '{{" + body + "}}': " + reason + ".");
    }
}

namespace SecretGuard.Core.Validation
{
    /// <summary>Base62 with GitHub's alphabet (0-9, A-Z, a-z), left-padded to a fixed width.</summary>
    public static class Base62
    {
        public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        public static string Encode(uint value, int width)
        {
            var chars = new char[width];
            for (var i = width - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(value % 62)];
                value /= 62;
            }

            return new string(chars);
        }
    }
}

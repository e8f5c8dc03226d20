using System;
using System.Collections.Generic;

namespace SecretGuard.Core.Validation
{
    /// <summary>The validators a rule can name in its <c>validator</c> field.</summary>
    public static class SecretValidators
    {
        private static readonly Dictionary<string, ISecretValidator> ByName = Build();

        public static IEnumerable<string> Names => ByName.Keys;

        public static ISecretValidator? Find(string? name)
        {
            if (name is null)
            {
                return null;
            }

            return ByName.TryGetValue(name, out var validator) ? validator : null;
        }

        private static Dictionary<string, ISecretValidator> Build()
        {
            var all = new ISecretValidator[]
            {
                new PrefixedCrc32TokenValidator("github-checksum"),
                new PrefixedCrc32TokenValidator("npm-checksum"),
                new AwsAccessKeyIdValidator(),
                new JwtValidator(),
                new PemPrivateKeyValidator(),
                new PrefixedCrc32TokenValidator("secretguard-key-checksum", bodyLength: 8 + 1 + 32),
                new Base64PemPrivateKeyValidator(),
                new BasicAuthCredentialsValidator(),
                new Base64JsonPayloadValidator(),
            };

            var map = new Dictionary<string, ISecretValidator>(StringComparer.Ordinal);
            foreach (var validator in all)
            {
                map[validator.Name] = validator;
            }

            return map;
        }
    }
}

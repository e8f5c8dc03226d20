using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace SecretGuard.Core.Rules
{
    /// <summary>Fresh private keys in PEM for <c>{{pem:LABEL}}</c> example templates (generated per call, never stored).</summary>
    internal static class ExampleKeyGenerator
    {
        public static string Pem(string label, Random random)
        {
#if NET
            switch (label)
            {
                case "RSA PRIVATE KEY":
                {
                    using var rsa = RSA.Create(2048);
                    return rsa.ExportRSAPrivateKeyPem();
                }

                case "PRIVATE KEY":
                {
                    using var rsa = RSA.Create(2048);
                    return rsa.ExportPkcs8PrivateKeyPem();
                }

                case "EC PRIVATE KEY":
                {
                    using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                    return ec.ExportECPrivateKeyPem();
                }

                case "OPENSSH PRIVATE KEY":
                    return OpenSshEcdsaKey(random);
                default:
                    throw new FormatException("Example template '{{pem:" + label + "}}': the label must be RSA PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or OPENSSH PRIVATE KEY.");
            }
#else
            throw new PlatformNotSupportedException("Example template '{{pem:" + label + "}}' needs the net10.0 build of SecretGuard.Core.");
#endif
        }

#if NET
        /// <summary>An unencrypted <c>openssh-key-v1</c> ecdsa-sha2-nistp256 key, as <c>ssh-keygen -t ecdsa</c> writes it.</summary>
        private static string OpenSshEcdsaKey(Random random)
        {
            using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var parameters = ec.ExportParameters(includePrivateParameters: true);
            var point = new byte[65];
            point[0] = 0x04;
            Buffer.BlockCopy(parameters.Q.X!, 0, point, 1, 32);
            Buffer.BlockCopy(parameters.Q.Y!, 0, point, 33, 32);

            var publicKey = new SshWriter();
            publicKey.String("ecdsa-sha2-nistp256");
            publicKey.String("nistp256");
            publicKey.String(point);

            var privateSection = new SshWriter();
            var check = (uint)random.Next();
            privateSection.UInt32(check);
            privateSection.UInt32(check);
            privateSection.String("ecdsa-sha2-nistp256");
            privateSection.String("nistp256");
            privateSection.String(point);
            privateSection.MpInt(parameters.D!);
            privateSection.String("example@secretguard");
            for (byte pad = 1; privateSection.Length % 8 != 0; pad++)
            {
                privateSection.Byte(pad);
            }

            var file = new SshWriter();
            file.Raw(Encoding.ASCII.GetBytes("openssh-key-v1\0"));
            file.String("none");
            file.String("none");
            file.String(Array.Empty<byte>());
            file.UInt32(1);
            file.String(publicKey.ToArray());
            file.String(privateSection.ToArray());

            var body = Convert.ToBase64String(file.ToArray());
            // The armour is assembled from pieces so this source file does not itself look like a key to a scanner.
            const string Label = "OPENSSH PRIVATE KEY";
            var pem = new StringBuilder("-----BEGIN ").Append(Label).Append("-----\n");
            for (var i = 0; i < body.Length; i += 70)
            {
                pem.Append(body, i, Math.Min(70, body.Length - i)).Append('\n');
            }

            return pem.Append("-----END ").Append(Label).Append("-----").ToString();
        }

        /// <summary>The SSH wire encoding (RFC 4251): big-endian uint32, length-prefixed strings, mpints.</summary>
        private sealed class SshWriter
        {
            private readonly MemoryStream stream = new MemoryStream();

            public long Length => stream.Length;

            public void Byte(byte value) => stream.WriteByte(value);

            public void Raw(byte[] bytes) => stream.Write(bytes, 0, bytes.Length);

            public void UInt32(uint value)
            {
                stream.WriteByte((byte)(value >> 24));
                stream.WriteByte((byte)(value >> 16));
                stream.WriteByte((byte)(value >> 8));
                stream.WriteByte((byte)value);
            }

            public void String(string value) => String(Encoding.UTF8.GetBytes(value));

            public void String(byte[] value)
            {
                UInt32((uint)value.Length);
                Raw(value);
            }

            public void MpInt(byte[] magnitude)
            {
                var start = 0;
                while (start < magnitude.Length && magnitude[start] == 0)
                {
                    start++;
                }

                var needsZero = start < magnitude.Length && (magnitude[start] & 0x80) != 0;
                var length = magnitude.Length - start + (needsZero ? 1 : 0);
                UInt32((uint)length);
                if (needsZero)
                {
                    stream.WriteByte(0);
                }

                stream.Write(magnitude, start, magnitude.Length - start);
            }

            public byte[] ToArray() => stream.ToArray();
        }
#endif
    }
}

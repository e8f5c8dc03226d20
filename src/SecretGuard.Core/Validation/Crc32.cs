namespace SecretGuard.Core.Validation
{
    /// <summary>CRC-32 (IEEE 802.3), as used by GitHub and npm token checksums.</summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        public static uint Compute(string ascii, int start, int length)
        {
            var crc = 0xFFFFFFFFu;
            for (var i = start; i < start + length; i++)
            {
                crc = Table[(crc ^ (byte)ascii[i]) & 0xFF] ^ (crc >> 8);
            }

            return ~crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint i = 0; i < 256; i++)
            {
                var c = i;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[i] = c;
            }

            return table;
        }
    }
}

using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecretGuard.Git.Pack;

/// <summary>
/// Inflates the zlib streams of pack entries into buffers of their exact announced size, checking each stream's own
/// Adler-32. One instance per thread. It drives the zlib the .NET runtime ships (<c>System.IO.Compression.Native</c>)
/// directly, resetting one inflate state between objects: a <see cref="ZLibStream"/> per object spends more time
/// setting zlib up than inflating a typical delta. When that library's entry points cannot be found (another
/// runtime layout), it falls back to <see cref="ZLibStream"/>.
/// </summary>
internal sealed unsafe class ObjectInflater : IDisposable
{
    private const int ZlibWindowBits = 15;
    private const int Finish = 4;
    private const int StreamEnd = 1;

    private static readonly NativeZlib? Native = NativeZlib.TryLoad();

    private ZStream* stream;

    /// <param name="useRuntimeZlib">False forces the <see cref="ZLibStream"/> path (tests cover both).</param>
    public ObjectInflater(bool useRuntimeZlib = true)
    {
        if (useRuntimeZlib && Native is { } native)
        {
            stream = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
            if (native.InflateInit(stream, ZlibWindowBits) != 0)
            {
                NativeMemory.Free(stream);
                stream = null;
            }
        }
    }

    /// <summary>Whether the runtime's zlib is driven directly (else <see cref="ZLibStream"/>).</summary>
    public bool UsesRuntimeZlib => stream is not null;

    /// <summary>False when the data is not a zlib stream that inflates to exactly <paramref name="output"/>'s length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 code in a short-lived process
    public bool TryInflate(byte* compressed, long available, Span<byte> output)
    {
        if (stream is null)
        {
            return TryInflateWithStream(compressed, available, output);
        }

        var native = Native!;
        if (native.InflateReset(stream, ZlibWindowBits) != 0)
        {
            return false;
        }

        byte spare = 0;
        fixed (byte* target = output)
        {
            stream->NextIn = compressed;
            stream->AvailIn = (uint)Math.Min(available, uint.MaxValue);
            stream->NextOut = output.Length == 0 ? &spare : target;
            stream->AvailOut = (uint)output.Length;
            var result = native.Inflate(stream, Finish);
            return result == StreamEnd && stream->AvailOut == 0;
        }
    }

    public void Dispose()
    {
        if (stream is not null)
        {
            Native!.InflateEnd(stream);
            NativeMemory.Free(stream);
            stream = null;
        }
    }

    private static bool TryInflateWithStream(byte* compressed, long available, Span<byte> output)
    {
        try
        {
            using var input = new UnmanagedMemoryStream(compressed, available);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            var filled = 0;
            while (filled < output.Length)
            {
                var read = zlib.Read(output[filled..]);
                if (read == 0)
                {
                    return false;
                }

                filled += read;
            }

            Span<byte> extra = stackalloc byte[1];
            return zlib.Read(extra) == 0; // reads to the stream's end, which checks its Adler-32
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The runtime's <c>PAL_ZStream</c> (the fields zlib's <c>z_stream</c> exposes to it).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* NextIn;
        public byte* NextOut;
        public byte* Message;
        public void* InternalState;
        public uint AvailIn;
        public uint AvailOut;
    }

    /// <summary>The inflate entry points of the runtime's compression library.</summary>
    private sealed class NativeZlib
    {
        private readonly delegate* unmanaged<ZStream*, int, int> inflateInit;
        private readonly delegate* unmanaged<ZStream*, int, int> inflateReset;
        private readonly delegate* unmanaged<ZStream*, int, int> inflate;
        private readonly delegate* unmanaged<ZStream*, int> inflateEnd;

        private NativeZlib(IntPtr library)
        {
            inflateInit = (delegate* unmanaged<ZStream*, int, int>)NativeLibrary.GetExport(library, "CompressionNative_InflateInit2_");
            inflateReset = (delegate* unmanaged<ZStream*, int, int>)NativeLibrary.GetExport(library, "CompressionNative_InflateReset2_");
            inflate = (delegate* unmanaged<ZStream*, int, int>)NativeLibrary.GetExport(library, "CompressionNative_Inflate");
            inflateEnd = (delegate* unmanaged<ZStream*, int>)NativeLibrary.GetExport(library, "CompressionNative_InflateEnd");
        }

        public static NativeZlib? TryLoad()
        {
            var folder = RuntimeEnvironment.GetRuntimeDirectory();
            foreach (var name in new[] { "libSystem.IO.Compression.Native.so", "libSystem.IO.Compression.Native.dylib", "System.IO.Compression.Native.dll" })
            {
                if (NativeLibrary.TryLoad(Path.Combine(folder, name), out var library))
                {
                    try
                    {
                        return new NativeZlib(library);
                    }
                    catch (EntryPointNotFoundException)
                    {
                        return null;
                    }
                }
            }

            return null;
        }

        public int InflateInit(ZStream* stream, int windowBits) => inflateInit(stream, windowBits);

        public int InflateReset(ZStream* stream, int windowBits) => inflateReset(stream, windowBits);

        public int Inflate(ZStream* stream, int flush) => inflate(stream, flush);

        public int InflateEnd(ZStream* stream) => inflateEnd(stream);
    }
}

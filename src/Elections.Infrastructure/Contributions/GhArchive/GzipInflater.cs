using System.Runtime.InteropServices;

namespace Elections.Infrastructure.Contributions.GhArchive;

/// <summary>
/// gzip decompression through the runtime's own zlib(-ng) (<c>libSystem.IO.Compression.Native</c>), driven
/// directly because <see cref="System.IO.Compression.GZipStream"/> silently accepts a truncated file: here the
/// end of each gzip member (<c>Z_STREAM_END</c>, after zlib has checked its CRC-32 and length) is seen, so a
/// file that stops inside a member is reported as truncated. Concatenated members are read one after another.
/// </summary>
internal sealed unsafe partial class GzipInflater : IDisposable
{
    public const int StreamEnd = 1;
    public const int BufferError = -5;
    private const string Library = "libSystem.IO.Compression.Native";
    private const int GzipWindowBits = 16 + 15;
    private readonly ZStream* _stream;
    private bool _disposed;

    public GzipInflater()
    {
        _stream = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        var code = InflateInit2(_stream, GzipWindowBits);
        if (code != 0)
        {
            NativeMemory.Free(_stream);
            throw new InvalidOperationException($"zlib could not start (code {code})");
        }
    }

    /// <summary>zlib's message for the last error, or the code when it gives none.</summary>
    public string Message(int code) => _stream->Msg != 0 ? Marshal.PtrToStringUTF8(_stream->Msg) ?? $"zlib error {code}" : $"zlib error {code}";

    /// <summary>Inflates from <paramref name="input"/> into <paramref name="output"/>; returns zlib's code and the bytes used and made.</summary>
    public (int Code, int Consumed, int Produced) Inflate(ReadOnlySpan<byte> input, Span<byte> output)
    {
        fixed (byte* source = input)
        fixed (byte* target = output)
        {
            _stream->NextIn = source;
            _stream->AvailIn = (uint)input.Length;
            _stream->NextOut = target;
            _stream->AvailOut = (uint)output.Length;
            var code = InflateNative(_stream, 0);
            var result = (code, input.Length - (int)_stream->AvailIn, output.Length - (int)_stream->AvailOut);
            _stream->NextIn = null;
            _stream->NextOut = null;
            return result;
        }
    }

    /// <summary>Gets ready for the next gzip member of the same file.</summary>
    public void Reset()
    {
        var code = InflateReset2(_stream, GzipWindowBits);
        if (code != 0)
        {
            throw new InvalidOperationException($"zlib could not reset (code {code})");
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = InflateEnd(_stream);
        NativeMemory.Free(_stream);
    }

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateInit2_")]
    private static partial int InflateInit2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_Inflate")]
    private static partial int InflateNative(ZStream* stream, int flush);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateReset2_")]
    private static partial int InflateReset2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateEnd")]
    private static partial int InflateEnd(ZStream* stream);

    /// <summary>The runtime's <c>PAL_ZStream</c> (src/native/libs/System.IO.Compression.Native/pal_zlib.h).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* NextIn;
        public byte* NextOut;
        public nint Msg;
        public nint InternalState;
        public uint AvailIn;
        public uint AvailOut;
    }
}

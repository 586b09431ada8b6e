using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Walks the separators (space and newline) of a span of complete lines in order, from a bit mask
/// made 64 bytes at a time with vector compares: the BLT fast path's tokenizer. The span must end
/// with a newline, so <see cref="Next"/> always finds one before the end.
/// </summary>
internal ref struct SeparatorScanner
{
    private readonly ReadOnlySpan<byte> _span;
    private int _block;
    private ulong _mask;

    public SeparatorScanner(ReadOnlySpan<byte> span)
    {
        _span = span;
        _block = 0;
        _mask = MaskAt(span, 0);
    }

    /// <summary>The position of the next separator.</summary>
    public int Next()
    {
        while (_mask == 0)
        {
            _block += 64;
            if (_block >= _span.Length)
            {
                throw new InvalidOperationException("a span of lines must end with a newline");
            }

            _mask = MaskAt(_span, _block);
        }

        var position = _block + BitOperations.TrailingZeroCount(_mask);
        _mask &= _mask - 1;
        return position;
    }

    /// <summary>Bit i is set when byte <paramref name="offset"/> + i is a space or a newline.</summary>
    private static ulong MaskAt(ReadOnlySpan<byte> span, int offset)
    {
        ulong mask = 0;
        if (Vector128.IsHardwareAccelerated && offset + 64 <= span.Length)
        {
            ref var at = ref MemoryMarshal.GetReference(span);
            var space = Vector128.Create((byte)' ');
            var newline = Vector128.Create((byte)'\n');
            for (var k = 0; k < 4; k++)
            {
                var bytes = Vector128.LoadUnsafe(ref at, (nuint)(offset + (k * 16)));
                var hits = Vector128.Equals(bytes, space) | Vector128.Equals(bytes, newline);
                mask |= (ulong)hits.ExtractMostSignificantBits() << (k * 16);
            }

            return mask;
        }

        var end = Math.Min(span.Length, offset + 64);
        for (var i = offset; i < end; i++)
        {
            if (span[i] is (byte)' ' or (byte)'\n')
            {
                mask |= 1UL << (i - offset);
            }
        }

        return mask;
    }
}

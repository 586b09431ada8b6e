using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Elections.Core.Ballots.Formats;

/// <summary>The bulk fast path: runs of plain ballot lines parsed straight from the reader's buffer.</summary>
internal sealed partial class BltReader
{
    /// <summary>
    /// The bulk fast path: parses as many lines of the common shape <c>weight c1 c2 … 0</c> as the
    /// reader has buffered, straight into the builder, and stops (consuming nothing of it) at the
    /// first line of any other shape, which the line-by-line path then reads or reports. Lines it
    /// accepts are exactly those <see cref="TryReadPlainBallot"/> accepts without leading or
    /// trailing blanks: single spaces, up to 64 candidates (a bit mask finds repeats), candidate
    /// numbers of one or two digits, <c>\n</c> or <c>\r\n</c> line ends.
    /// </summary>
    private void ReadPlainBallots()
    {
        var max = -1;
        while (true)
        {
            var window = _lines.PeekLineMemory();
            var span = window.Span;
            int committed, lines;
            if (_segments.Length > 0 && span.Length >= MinParallelSpan)
            {
                committed = ParsePlainLinesInParallel(window, out lines, ref max);
            }
            else
            {
                committed = ParsePlainLines(span, _builder, _candidates, _lines.MaxLine, out lines, ref max, ref _emptyBallots);
            }

            _lines.Advance(committed, lines);
            _weightedBallots += lines;
            if (committed < span.Length || lines == 0)
            {
                break;
            }
        }

        if (max >= _builder.CandidateCount)
        {
            _builder.EnsureCandidates(max + 1);
        }
    }

    /// <summary>
    /// Parses plain ballot lines from the start of <paramref name="span"/> (complete lines, followed
    /// by at least <see cref="ByteLineReader.PeekSlack"/> readable bytes); returns the bytes of the
    /// lines taken.
    /// </summary>
    private static int ParsePlainLines(ReadOnlySpan<byte> span, BallotBoxBuilder builder, int candidateCount, int maxLine, out int lines, ref int max, ref long emptyBallots)
    {
        // Unchecked: bytes below '0' wrap to large values, which the digit tests reject.
        unchecked
        {
            var candidates = (uint)candidateCount;

            // Reads without bounds checks are safe: the span ends with '\n', every byte read is at
            // most one past a byte already seen not to be '\n', and the four-byte loads may reach
            // three bytes past the span, which PeekLines keeps inside the buffer (those bytes only
            // matter when the byte before them is a digit, so never past the span).
            ref var at = ref MemoryMarshal.GetReference(span);
            var pos = 0;
            lines = 0;
            while (pos < span.Length)
            {
                var lineStart = pos;
                uint d;
                long weight = 0;
                while ((d = (uint)(Unsafe.Add(ref at, pos) - '0')) <= 9)
                {
                    weight = (weight * 10) + d; // more than 18 digits: refused below
                    pos++;
                }

                if (weight <= 0 || pos - lineStart > MaxWeightDigits)
                {
                    return lineStart;
                }

                // At most one entry per candidate (repeats stop the path), so _candidates entries fit.
                ref var entries = ref MemoryMarshal.GetReference(builder.FreeEntries(candidateCount));
                ulong seen = 0;
                var count = 0;
                while (true)
                {
                    // One token " d" or " dd" from a four-byte little-endian load, without a branch
                    // on its length: [' ', first, second, third].
                    var word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, pos));
                    var first = ((word >> 8) & 0xFF) - '0';
                    var second = ((word >> 16) & 0xFF) - '0';
                    var two = second <= 9;
                    if ((word & 0xFF) != ' ' || first > 9 || (two && (word >> 24) - '0' <= 9))
                    {
                        return lineStart;
                    }

                    var value = two ? (first * 10) + second : first;
                    pos += two ? 3 : 2;
                    if (value == 0)
                    {
                        break;
                    }

                    var bit = 1UL << (int)(value - 1);
                    if (value > candidates || (seen & bit) != 0)
                    {
                        return lineStart;
                    }

                    seen |= bit;
                    Unsafe.Add(ref entries, count++) = (ushort)(value - 1);
                }

                if (Unsafe.Add(ref at, pos) == (byte)'\r')
                {
                    pos++;
                }

                if (Unsafe.Add(ref at, pos) != (byte)'\n' || pos - lineStart > maxLine)
                {
                    return lineStart;
                }

                pos++;
                lines++;
                if (count == 0)
                {
                    emptyBallots += weight;
                }

                max = Math.Max(max, 63 - BitOperations.LeadingZeroCount(seen));
                builder.CommitChecked(weight, count);
            }

            return pos;
        }
    }
}

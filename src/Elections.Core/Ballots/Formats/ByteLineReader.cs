namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads a caller's stream line by line as bytes, with a bounded buffer: a line longer than the
/// limit is an error at that line, never an attempt to hold a gigabyte in memory. Strips a UTF-8
/// byte-order mark at the start and the <c>\r</c> of CRLF line ends. Lines are spans into the
/// buffer, valid until the next call.
/// </summary>
internal sealed class ByteLineReader
{
    private const int InitialBuffer = 1 << 18;

    /// <summary>Bytes of the buffer that always follow a <see cref="PeekLines"/> span.</summary>
    public const int PeekSlack = 8;
    private readonly Stream _stream;
    private readonly ProblemLog _log;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _start;
    private int _scan;
    private int _end;
    private bool _eof;
    private bool _bomChecked;

    public ByteLineReader(Stream stream, ProblemLog log, int maxLineBytes)
    {
        _stream = stream;
        _log = log;
        _maxLine = maxLineBytes;
        _buffer = new byte[Math.Min(InitialBuffer, maxLineBytes + 2)];
    }

    /// <summary>Bytes left in a seekable stream, or -1 when the stream cannot tell (a size hint, never trusted for correctness).</summary>
    public long RemainingHint
    {
        get
        {
            try
            {
                return _stream.CanSeek ? Math.Max(0, _stream.Length - _stream.Position) + (_end - _start) : -1;
            }
            catch (NotSupportedException)
            {
                return -1;
            }
        }
    }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Bytes consumed so far (for statistics).</summary>
    public long Position { get; private set; }

    /// <summary>Fills the buffer (up to its size) and returns what is buffered, without consuming it.</summary>
    public ReadOnlySpan<byte> Peek(int atLeast)
    {
        while (!_eof && _end - _start < atLeast && Fill())
        {
        }

        SkipBom();
        return _buffer.AsSpan(_start, _end - _start);
    }

    /// <summary>
    /// Copies what is buffered and the rest of the stream to <paramref name="destination"/> (for a
    /// binary container such as .xlsx); false as soon as more than <paramref name="maxBytes"/> would be copied.
    /// </summary>
    public bool TryCopyRest(Stream destination, long maxBytes)
    {
        var copied = (long)(_end - _start);
        if (copied > maxBytes)
        {
            return false;
        }

        destination.Write(_buffer, _start, _end - _start);
        _start = _end = _scan = 0;
        int read;
        while ((read = _stream.Read(_buffer, 0, _buffer.Length)) > 0)
        {
            copied += read;
            if (copied > maxBytes)
            {
                return false;
            }

            destination.Write(_buffer, 0, read);
        }

        _eof = true;
        return true;
    }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scan, _end - _scan).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _scan + newline;
                line = Take(lineEnd, lineEnd + 1);
                return true;
            }

            _scan = _end;
            if (_end - _start > _maxLine)
            {
                throw TooLong();
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Take(_end, _end);
                return true;
            }

            Fill();
        }
    }

    /// <summary>The longest line accepted, in bytes.</summary>
    public int MaxLine => _maxLine;

    /// <summary>
    /// The complete lines buffered (ending at the last <c>\n</c>), after reading more when less than
    /// half a buffer is left; empty when no complete line is buffered. At least <see cref="PeekSlack"/>
    /// bytes of the underlying array follow the span (their values are unspecified). Consume with <see cref="Advance"/>.
    /// Meant for fast paths that parse many lines in one loop; the byte-order mark must already be
    /// behind (it is, after the first <see cref="TryReadLine"/>).
    /// </summary>
    public ReadOnlySpan<byte> PeekLines() => PeekLineMemory().Span;

    /// <summary><see cref="PeekLines"/> as memory, for fast paths that hand parts of it to other threads.</summary>
    public ReadOnlyMemory<byte> PeekLineMemory()
    {
        if (!_eof && _end - _start < _buffer.Length / 2)
        {
            Fill();
        }

        // At least PeekSlack bytes of the array follow the span, so word-sized loads near its end stay inside.
        var buffered = _buffer.AsMemory(_start, Math.Max(0, Math.Min(_end, _buffer.Length - PeekSlack) - _start));
        var last = buffered.Span.LastIndexOf((byte)'\n');
        return last < 0 ? default : buffered[..(last + 1)];
    }

    /// <summary>
    /// Grows the buffer to at least <paramref name="bytes"/> so that <see cref="PeekLines"/> returns
    /// larger windows (for fast paths that split a window between threads). Lines are still limited
    /// to <see cref="MaxLine"/>: the limit is checked on the line, not on the buffer.
    /// </summary>
    public void Reserve(int bytes)
    {
        if (bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, bytes);
        }
    }

    /// <summary>Consumes <paramref name="bytes"/> bytes holding <paramref name="lines"/> complete lines from <see cref="PeekLines"/>.</summary>
    public void Advance(int bytes, int lines)
    {
        _start += bytes;
        _scan = Math.Max(_scan, _start);
        Position += bytes;
        LineNumber += lines;
    }

    private ReadOnlySpan<byte> Take(int lineEnd, int next)
    {
        SkipBom();
        var length = lineEnd - _start;
        if (length > _maxLine)
        {
            throw TooLong();
        }

        var line = _buffer.AsSpan(_start, length);
        LineNumber++;

        Position += next - _start;
        _start = next;
        _scan = next;
        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private void SkipBom()
    {
        if (_bomChecked || (_end - _start < 3 && !_eof))
        {
            return;
        }

        _bomChecked = true;
        if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
        {
            _start += 3;
            _scan = Math.Max(_scan, _start);
            Position += 3;
        }
    }

    private bool Fill()
    {
        if (_start > 0)
        {
            var live = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, live);
            _scan -= _start;
            _end = live;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var size = (int)Math.Min((long)_buffer.Length * 2, (long)_maxLine + 2);
            if (size <= _buffer.Length)
            {
                throw TooLong();
            }

            Array.Resize(ref _buffer, size);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    private Validation.InvalidInputException TooLong() => _log.Fatal(
        LineNumber + 1,
        _maxLine + 1,
        "",
        $"line is longer than {_maxLine:N0} bytes; ballot files have short lines, so this is probably not a ballot file (or raise the line limit)");
}

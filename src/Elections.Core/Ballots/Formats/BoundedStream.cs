namespace Elections.Core.Ballots.Formats;

/// <summary>
/// A read-only view of one inflating zip entry that counts the bytes it really yields (sizes in
/// the archive's headers can lie) and stops with <see cref="InflateLimitException"/> when the
/// shared <see cref="InflateBudget"/> runs out or the entry inflates more than the budget's ratio
/// allows: the zip-bomb guard of <see cref="XlsxPackage"/>.
/// </summary>
internal sealed class BoundedStream(Stream inner, string part, long compressedLength, InflateBudget budget) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        budget.Take(n, part);
        if (_read > XlsxPackage.RatioFreeBytes && _read / Math.Max(1, compressedLength) > budget.MaxRatio)
        {
            throw new InflateLimitException($"the part inflates more than {budget.MaxRatio} times its compressed size ({compressedLength:N0} bytes to over {_read:N0}); this looks like a zip bomb, not a spreadsheet");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The bytes all parts of one workbook may inflate to together, and the ratio limit per part.</summary>
internal sealed class InflateBudget(long maxBytes, int maxRatio)
{
    private long _used;

    public int MaxRatio { get; } = maxRatio;

    public void Take(int bytes, string part)
    {
        _used += bytes;
        if (_used > maxBytes)
        {
            throw new InflateLimitException($"the workbook inflates to more than {maxBytes:N0} bytes (reached in {part}); this looks like a zip bomb, or split the records into smaller files");
        }
    }
}

/// <summary>A workbook part inflated past the limits of its <see cref="InflateBudget"/>.</summary>
internal sealed class InflateLimitException(string message) : Exception(message);

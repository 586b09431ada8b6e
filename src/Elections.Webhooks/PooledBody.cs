using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Elections.Webhooks;

/// <summary>
/// A request body read once into a pooled buffer, never past the size limit: the HMAC is computed
/// over exactly these bytes and the store receives them without another copy. The pool keeps buffers
/// up to 1 MiB only; larger bodies get their own array, which the GC takes back once the request ends.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int InitialSize = 16 * 1024;

    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(maxArrayLength: 1024 * 1024, maxArraysPerBucket: 32);

    private byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>Reads the body; false (and no buffer) when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<(bool Fits, PooledBody Body)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (false, Empty());
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        var pool = Pool;
        var buffer = pool.Rent((int)Math.Min(maxBytes + 1, request.ContentLength is { } length ? length + 1 : InitialSize));
        var total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        pool.Return(buffer);
                        return (false, Empty());
                    }

                    var larger = pool.Rent((int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            pool.Return(buffer);
            return (false, Empty());
        }

        if (total > maxBytes)
        {
            pool.Return(buffer);
            return (false, Empty());
        }

        return (true, new PooledBody(buffer, total));
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            Pool.Return(_buffer);
            _buffer = [];
        }
    }

    private static PooledBody Empty() => new([], 0);
}

using System.Threading.Channels;
using Elections.App.Ports;

namespace Elections.Infrastructure.Store;

/// <summary>
/// Group commit for acknowledgements: one loop takes every delivery waiting and records them in one
/// transaction; each caller's task completes only after that commit, so nothing is acknowledged before
/// it is durable, and one commit (one fsync on PostgreSQL) serves the whole batch. A failed batch fails
/// every caller in it. Within a batch the first copy of a delivery id counts; later copies are duplicates.
/// </summary>
internal sealed class EnqueueBatcher : IAsyncDisposable
{
    private const int MaxBatch = 128;

    private readonly Channel<Pending> _channel;
    private readonly Func<IReadOnlyList<InboundDelivery>, Task<IReadOnlySet<string>>> _write;
    private readonly Task _loop;

    /// <param name="write">Records distinct deliveries in one transaction and returns the ids that were new.</param>
    /// <param name="writers">Batches committed concurrently; with two, one batch fills while the other commits.</param>
    public EnqueueBatcher(Func<IReadOnlyList<InboundDelivery>, Task<IReadOnlySet<string>>> write, int writers)
    {
        _write = write;
        _channel = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = writers == 1 });
        _loop = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(RunAsync)));
    }

    /// <summary>True once <paramref name="delivery"/> is committed as new; false when its id was recorded before.</summary>
    public Task<bool> EnqueueAsync(InboundDelivery delivery, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The caller's buffer may be returned to a pool once it stops waiting: keep a copy.
        var pending = new Pending(delivery with { Payload = delivery.Payload.ToArray() });
        ObjectDisposedException.ThrowIf(!_channel.Writer.TryWrite(pending), this);

        return pending.Result.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _channel.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _channel.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        var first = new Dictionary<string, Pending>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            first.TryAdd(pending.Delivery.DeliveryId, pending);
        }

        try
        {
            var inserted = await _write([.. first.Values.Select(p => p.Delivery)]).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                var id = pending.Delivery.DeliveryId;
                pending.Result.TrySetResult(inserted.Contains(id) && ReferenceEquals(first[id], pending));
            }
        }
#pragma warning disable CA1031 // Whatever failed the commit is handed to every caller waiting on it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            foreach (var pending in batch)
            {
                pending.Result.TrySetException(exception);
            }
        }
    }

    private sealed record Pending(InboundDelivery Delivery)
    {
        public TaskCompletionSource<bool> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

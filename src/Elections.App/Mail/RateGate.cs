namespace Elections.App.Mail;

/// <summary>Spaces the messages of a mailout evenly: at most <c>perSecond</c> starts per second over all connections.</summary>
internal sealed class RateGate(int perSecond, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly TimeSpan _interval = perSecond > 0 ? TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond) : TimeSpan.Zero;
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>Waits for the next free slot.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_interval == TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_lock)
        {
            slot = _next > now ? _next : now;
            _next = slot + _interval;
        }

        return slot > now ? Task.Delay(slot - now, time, cancellationToken) : Task.CompletedTask;
    }
}

namespace Elections.Infrastructure.Store;

/// <summary>
/// One writer at a time for a SQLite file in this process, handed over without sleeping: acknowledgement
/// writes go first, then the others in arrival order, so background processing cannot hold up the
/// request path for more than the one write in progress.
/// </summary>
internal sealed class WriteGate
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private bool _held;

    /// <summary>Waits for the gate; dispose the result to pass it on.</summary>
    public async ValueTask<IDisposable> EnterAsync(bool urgent, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return new Release(this);
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _waiting).Enqueue(waiter);
        }

        // A cancelled waiter stays queued; Exit skips it. If the gate was handed over first, it is held.
        using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task.ConfigureAwait(false);
        }

        return new Release(this);
    }

    private void Exit()
    {
        lock (_lock)
        {
            while (_urgent.TryDequeue(out var next) || _waiting.TryDequeue(out next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            _held = false;
        }
    }

    private sealed class Release(WriteGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Exit();
            }
        }
    }
}

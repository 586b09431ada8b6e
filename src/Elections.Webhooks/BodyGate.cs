using System.Diagnostics.CodeAnalysis;
using Elections.App.Configuration;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// Bounds the unverified request bodies held at once (<c>ELECTIONS_MAX_CONCURRENT_BODIES</c>): the signature
/// can only be checked over the whole body, so without a bound anyone could make the host buffer gigabytes of
/// unsigned posts. A post beyond the bound is answered 503 before its body is read. The slot is given back as
/// soon as the signature is verified: a signed delivery waiting for the store's commit is GitHub's, and holding
/// a slot through a store pause would answer GitHub's next deliveries 503 (which GitHub does not redeliver).
/// </summary>
public sealed class BodyGate(IOptions<ElectionsOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentBodies, options.Value.MaxConcurrentBodies);

    /// <summary>Takes a slot without waiting; false when every slot is in use.</summary>
    public bool TryEnter([NotNullWhen(true)] out Slot? slot)
    {
        slot = _slots.Wait(0) ? new Slot(this) : null;
        return slot is not null;
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>A slot taken; disposing it gives it back, once however often it is called.</summary>
    public sealed class Slot(BodyGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._slots.Release();
            }
        }
    }
}

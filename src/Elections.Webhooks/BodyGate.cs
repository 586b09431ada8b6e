using Elections.App.Configuration;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// Bounds the request bodies read at once (<c>ELECTIONS_MAX_CONCURRENT_BODIES</c>): the signature can
/// only be checked over the whole body, so without a bound anyone could make the host buffer
/// gigabytes of unsigned posts. A post beyond the bound is answered 503 before its body is read.
/// </summary>
public sealed class BodyGate(IOptions<ElectionsOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentBodies, options.Value.MaxConcurrentBodies);

    /// <summary>Takes a slot without waiting; false when every slot is in use.</summary>
    public bool TryEnter() => _slots.Wait(0);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}

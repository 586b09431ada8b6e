using Elections.App.Plans;
using Elections.App.Ports;

namespace Elections.App.Tests.Support;

/// <summary>An effect applier that records what it applied and can fail on demand.</summary>
internal sealed class RecordingApplier : IEffectApplier
{
    private readonly List<Effect> _applied = [];

    public IReadOnlyList<Effect> Applied => _applied;

    public int FailuresLeft { get; set; }

    public Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (FailuresLeft-- > 0)
        {
            throw new HttpRequestException("GitHub answered 502");
        }

        _applied.Add(effect);
        return Task.FromResult($"applied {_applied.Count}");
    }
}

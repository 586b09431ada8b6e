using Elections.App.Effects;

namespace Elections.App.Tests.Support;

/// <summary>A comment applier that records what it applied and can fail on demand.</summary>
internal sealed class RecordingApplier : EffectApplier<CommentEffect>
{
    private readonly List<CommentEffect> _applied = [];

    public IReadOnlyList<CommentEffect> Applied => _applied;

    public int FailuresLeft { get; set; }

    protected override Task<string> ApplyAsync(CommentEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (FailuresLeft-- > 0)
        {
            throw new HttpRequestException("GitHub answered 502");
        }

        _applied.Add(effect);
        return Task.FromResult($"applied {_applied.Count}");
    }
}

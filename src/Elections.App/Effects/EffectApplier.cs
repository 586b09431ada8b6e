using Elections.App.Plans;
using Elections.App.Ports;

namespace Elections.App.Effects;

/// <summary>Base for the applier of one effect type: checks the type once, so appliers don't cast.</summary>
public abstract class EffectApplier<TEffect> : IEffectApplier
    where TEffect : Effect
{
    public Type EffectType => typeof(TEffect);

    public Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken) =>
        effect is TEffect typed
            ? ApplyAsync(typed, context, cancellationToken)
            : throw new ArgumentException($"{GetType().Name} applies {typeof(TEffect).Name}, not {effect?.GetType().Name ?? "null"}", nameof(effect));

    protected abstract Task<string> ApplyAsync(TEffect effect, DeliveryContext context, CancellationToken cancellationToken);
}

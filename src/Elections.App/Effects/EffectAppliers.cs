using Elections.App.Plans;
using Elections.App.Ports;

namespace Elections.App.Effects;

/// <summary>The registered appliers, by effect type: one each, checked when the container builds it.</summary>
public sealed class EffectAppliers
{
    private readonly Dictionary<Type, IEffectApplier> _byType = [];

    public EffectAppliers(IEnumerable<IEffectApplier> appliers)
    {
        ArgumentNullException.ThrowIfNull(appliers);
        foreach (var applier in appliers)
        {
            if (!_byType.TryAdd(applier.EffectType, applier))
            {
                throw new ArgumentException(
                    $"two appliers for {applier.EffectType.Name}: {_byType[applier.EffectType].GetType().Name} and {applier.GetType().Name}; register one per effect type",
                    nameof(appliers));
            }
        }
    }

    /// <summary>Applies <paramref name="effect"/> with the applier registered for its type.</summary>
    public Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return _byType.TryGetValue(effect.GetType(), out var applier)
            ? applier.ApplyAsync(effect, context, cancellationToken)
            : throw new NotSupportedException($"no applier is registered for {effect.GetType().Name}; register one with AddElectionsApp");
    }
}

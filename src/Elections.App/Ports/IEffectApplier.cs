using Elections.App.Plans;

namespace Elections.App.Ports;

/// <summary>
/// Carries out one type of effect against the outside world (a comment, a label, a team change, a
/// mail). Exactly one applier per effect type is registered; derive from
/// <see cref="Effects.EffectApplier{TEffect}"/>.
/// </summary>
public interface IEffectApplier
{
    /// <summary>The <see cref="Effect"/> type this applier carries out.</summary>
    Type EffectType { get; }

    /// <summary>Applies <paramref name="effect"/>; returns a short outcome for the journal, e.g. <c>comment 42</c>.</summary>
    Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken);
}

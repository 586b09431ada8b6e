using Elections.App.Plans;

namespace Elections.App.Ports;

/// <summary>Carries out an effect against the outside world (GitHub, mail).</summary>
public interface IEffectApplier
{
    /// <summary>Applies <paramref name="effect"/>; returns a short outcome for the journal, e.g. <c>comment 42</c>.</summary>
    Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken);
}

namespace Elections.App.Plans;

/// <summary>What happened to one planned effect.</summary>
public enum EffectStatus
{
    /// <summary>Applied now.</summary>
    Applied,

    /// <summary>The journal already had its key: applied by an earlier delivery or run.</summary>
    AlreadyApplied,

    /// <summary>Dry run: reported, not applied.</summary>
    WouldApply,
}

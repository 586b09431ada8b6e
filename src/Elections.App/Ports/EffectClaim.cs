namespace Elections.App.Ports;

/// <summary>The journal's answer when a worker asks to apply an effect.</summary>
public enum EffectClaimResult
{
    /// <summary>The key is now this worker's: apply, then complete or abandon.</summary>
    Claimed,

    /// <summary>Applied before; the outcome says what it did.</summary>
    AlreadyDone,

    /// <summary>Another worker claimed it moments ago; retry the delivery later.</summary>
    InProgress,

    /// <summary>No entry: never claimed (answered by <c>PeekEffectAsync</c> only).</summary>
    Absent,
}

/// <summary>The journal's answer and, when already done, the recorded outcome.</summary>
public sealed record EffectClaim(EffectClaimResult Result, string Outcome);

namespace Elections.App.Ports;

/// <summary>Where a delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Never received (or already pruned).</summary>
    Unknown,

    /// <summary>Waiting in the queue or being processed.</summary>
    Queued,

    /// <summary>Processed; the outcome says how.</summary>
    Done,

    /// <summary>Gave up after the last attempt; the outcome holds the last error.</summary>
    Failed,
}

/// <summary>A delivery's record in the store.</summary>
public sealed record DeliveryStatus(string DeliveryId, DeliveryState State, int Attempts, string Outcome, string ProcessedBy)
{
    public static DeliveryStatus Unknown(string deliveryId) => new(deliveryId, DeliveryState.Unknown, 0, "", "");
}

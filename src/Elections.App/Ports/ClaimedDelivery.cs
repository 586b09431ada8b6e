namespace Elections.App.Ports;

/// <summary>
/// A queued delivery leased to one worker until <see cref="LeaseUntil"/>. If the worker dies, the
/// lease expires and another worker claims it again.
/// </summary>
public sealed record ClaimedDelivery
{
    public required string DeliveryId { get; init; }

    public required string EventName { get; init; }

    /// <summary>
    /// What the delivery is about, e.g. <c>owner/repo#12</c> for an issue or pull request: deliveries
    /// with the same subject are processed one at a time, in order. Empty: no ordering.
    /// </summary>
    public string Subject { get; init; } = "";

    public required ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>1 for the first claim, 2 after one retry or expired lease, …</summary>
    public required int Attempt { get; init; }

    public required string Worker { get; init; }

    public required DateTimeOffset LeaseUntil { get; init; }
}

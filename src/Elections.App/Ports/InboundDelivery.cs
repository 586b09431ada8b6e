namespace Elections.App.Ports;

/// <summary>A verified delivery as received: stored first, processed later from the queue.</summary>
public sealed record InboundDelivery
{
    /// <summary><c>X-GitHub-Delivery</c>: the deduplication key.</summary>
    public required string DeliveryId { get; init; }

    public required string EventName { get; init; }

    /// <summary>
    /// What the delivery is about, e.g. <c>owner/repo#12</c> for an issue or pull request: deliveries
    /// with the same subject are processed one at a time, in order. Empty: no ordering.
    /// </summary>
    public string Subject { get; init; } = "";

    /// <summary>The raw UTF-8 JSON body, exactly as signed.</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}

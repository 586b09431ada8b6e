namespace Elections.App.Ports;

/// <summary>One line of the append-only audit log: who, what, when, why.</summary>
public sealed record AuditEntry
{
    public required DateTimeOffset At { get; init; }

    /// <summary>The GitHub login whose action caused this (the delivery's sender).</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <c>comment on owner/repo#12: pong</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The effect's idempotency key, or the delivery id for delivery-level entries.</summary>
    public required string Subject { get; init; }

    /// <summary>Why: the handler and event, or the error.</summary>
    public required string Reason { get; init; }

    public string DeliveryId { get; init; } = "";
}

namespace Elections.App.Ports;

/// <summary>A person's conflict-of-interest disclosure, as the committee received it privately.</summary>
public sealed record Disclosure
{
    public required long UserId { get; init; }

    public required string Login { get; init; }

    /// <summary>What the person disclosed (employers, funders, close relations), in their words.</summary>
    public required string Text { get; init; }

    /// <summary>How it reached the committee, e.g. <c>mail</c>: for the committee's records.</summary>
    public required string Source { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}

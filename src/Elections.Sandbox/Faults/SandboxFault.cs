namespace Elections.Sandbox.Faults;

/// <summary>
/// A fault to inject into matching REST calls: an error status (5xx, 403/429 rate limits), a delay,
/// or a dropped connection — before the request is processed, or after it (a lost answer).
/// </summary>
public sealed record SandboxFault
{
    /// <summary>HTTP method to match, or "*".</summary>
    public string Method { get; init; } = "*";

    /// <summary>Path glob: <c>*</c> matches one segment, <c>**</c> any rest (e.g. <c>/repos/*/*/issues/*/comments</c>).</summary>
    public string Path { get; init; } = "/**";

    /// <summary>The status to answer (0 with <see cref="Drop"/> or a delay only).</summary>
    public int Status { get; init; } = 500;

    /// <summary>How many matching calls to fault; -1 for all.</summary>
    public int Count { get; init; } = 1;

    /// <summary>A Retry-After header, in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>A primary rate limit: x-ratelimit-remaining 0 and x-ratelimit-reset this many seconds ahead (status 403 or 429).</summary>
    public int? RateLimitResetSeconds { get; init; }

    /// <summary>A secondary rate limit: 403 with GitHub's "secondary rate limit" message.</summary>
    public bool Secondary { get; init; }

    /// <summary>Delay before answering, in milliseconds (a slow response).</summary>
    public int DelayMs { get; init; }

    /// <summary>Close the connection without an answer.</summary>
    public bool Drop { get; init; }

    /// <summary>Process the request first, then fault the answer: the change happens but the client never hears of it.</summary>
    public bool AfterProcessing { get; init; }
}

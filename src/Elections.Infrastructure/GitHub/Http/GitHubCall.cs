namespace Elections.Infrastructure.GitHub.Http;

/// <summary>One request, ready to send (and re-send on retry).</summary>
public sealed record GitHubCall
{
    /// <summary>The route (for logs, errors and the retry rule).</summary>
    public required GitHubRoute Route { get; init; }

    /// <summary>The absolute URL.</summary>
    public required Uri Url { get; init; }

    /// <summary>The JSON body, when any.</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>The bearer token (installation token, GH_TOKEN or the App JWT). Never logged.</summary>
    public required string Token { get; init; }

    /// <summary>Keeps cached answers apart per credential (e.g. "installation:42").</summary>
    public required string CacheScope { get; init; }

    /// <summary>Our delivery id, sent as X-GitHub-Delivery and logged.</summary>
    public string? DeliveryId { get; init; }
}

using System.Globalization;
using System.Net;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>A buffered GitHub answer: status, the headers the client uses, and the body.</summary>
public sealed record GitHubResponse
{
    /// <summary>The status.</summary>
    public required HttpStatusCode Status { get; init; }

    /// <summary>The body bytes (empty for 204).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>X-GitHub-Request-Id.</summary>
    public string? RequestId { get; init; }

    /// <summary>ETag.</summary>
    public string? ETag { get; init; }

    /// <summary>The Link header's rel="next" URL.</summary>
    public Uri? NextPage { get; init; }

    /// <summary>Retry-After in seconds, when sent.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>x-ratelimit-remaining.</summary>
    public long? RateLimitRemaining { get; init; }

    /// <summary>x-ratelimit-reset as a time.</summary>
    public DateTimeOffset? RateLimitReset { get; init; }

    /// <summary>True when served from the ETag cache after a 304.</summary>
    public bool FromCache { get; init; }

    /// <summary>The status as an int.</summary>
    public int StatusCode => (int)Status;

    /// <summary>2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>
    /// A primary (remaining = 0) or secondary rate limit: 429, or 403 with Retry-After, remaining 0,
    /// or GitHub's "rate limit" message.
    /// </summary>
    public bool IsRateLimited =>
        Status == HttpStatusCode.TooManyRequests
        || (Status == HttpStatusCode.Forbidden
            && (RetryAfter is not null || RateLimitRemaining == 0 || BodyMentionsRateLimit()));

    /// <summary>Reads the headers the client uses from <paramref name="message"/>.</summary>
    public static GitHubResponse From(HttpResponseMessage message, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new GitHubResponse
        {
            Status = message.StatusCode,
            Body = body,
            RequestId = Header(message, "X-GitHub-Request-Id"),
            ETag = message.Headers.ETag?.ToString(),
            NextPage = LinkHeader.Next(Header(message, "Link")),
            RetryAfter = RetryAfterOf(message),
            RateLimitRemaining = long.TryParse(Header(message, "x-ratelimit-remaining"), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
            RateLimitReset = long.TryParse(Header(message, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
                ? DateTimeOffset.FromUnixTimeSeconds(reset)
                : null,
        };
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage message)
    {
        var retry = message.Headers.RetryAfter;
        if (retry?.Delta is { } delta)
        {
            return delta;
        }

        return retry?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static string? Header(HttpResponseMessage message, string name) =>
        message.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private bool BodyMentionsRateLimit() =>
        Body.Length > 0 && System.Text.Encoding.UTF8.GetString(Body.Span).Contains("rate limit", StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using System.Net;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>What the retry rules and error messages need from one GitHub answer: status, rate-limit headers, request id and error body.</summary>
public sealed record GitHubResponse
{
    /// <summary>The status.</summary>
    public required HttpStatusCode Status { get; init; }

    /// <summary>The error body bytes (empty for successful answers, which are not buffered here).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>X-GitHub-Request-Id.</summary>
    public string? RequestId { get; init; }

    /// <summary>Retry-After, when sent.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>x-ratelimit-remaining.</summary>
    public long? RateLimitRemaining { get; init; }

    /// <summary>x-ratelimit-reset as a time.</summary>
    public DateTimeOffset? RateLimitReset { get; init; }

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

    /// <summary>Reads an HTTP answer (inside the handler pipeline); <paramref name="body"/> is the buffered error body, if any.</summary>
    public static GitHubResponse From(HttpResponseMessage message, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(message);
        var retry = message.Headers.RetryAfter;
        return Parse(
            message.StatusCode,
            name => message.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null,
            retry?.Delta ?? (retry?.Date is { } date ? date - DateTimeOffset.UtcNow : null),
            body);
    }

    /// <summary>Reads the answer carried by an Octokit exception.</summary>
    public static GitHubResponse From(global::Octokit.IResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? Header(string name) =>
            response.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        TimeSpan? retryAfter = long.TryParse(Header("Retry-After"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
        var body = response.Body is string text ? System.Text.Encoding.UTF8.GetBytes(text) : [];
        return Parse(response.StatusCode, Header, retryAfter, body);
    }

    private static GitHubResponse Parse(HttpStatusCode status, Func<string, string?> header, TimeSpan? retryAfter, ReadOnlyMemory<byte> body) => new()
    {
        Status = status,
        Body = body,
        RequestId = header("X-GitHub-Request-Id"),
        RetryAfter = retryAfter,
        RateLimitRemaining = long.TryParse(header("x-ratelimit-remaining"), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
        RateLimitReset = long.TryParse(header("x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
            ? DateTimeOffset.FromUnixTimeSeconds(reset)
            : null,
    };

    /// <summary>GitHub's <c>message</c> field of an error body, or the status text.</summary>
    public string Message()
    {
        if (Body.Length > 0)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(Body);
                if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    && document.RootElement.TryGetProperty("message", out var message)
                    && message.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    return message.GetString() ?? "";
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not JSON (a proxy's HTML error page): fall through to the status text.
            }
        }

        return Status.ToString();
    }

    private bool BodyMentionsRateLimit() =>
        Body.Length > 0 && System.Text.Encoding.UTF8.GetString(Body.Span).Contains("rate limit", StringComparison.OrdinalIgnoreCase);
}

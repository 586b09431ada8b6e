using System.Net;
using System.Net.Http.Headers;
using Elections.App.Ports.GitHub;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// Sends GitHub calls: headers (auth, API version, User-Agent, our delivery id), the retry pipeline,
/// conditional requests from the ETag cache, and one log line per attempt with GitHub's request id.
/// Shared by all <see cref="IGitHub"/> instances (one per process).
/// </summary>
public sealed class GitHubConnection
{
    private readonly HttpClient _http;
    private readonly GitHubOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<GitHubResponse> _pipeline;
    private readonly ETagCache _cache;

    /// <summary>Creates the connection. <paramref name="http"/> should have an infinite Timeout: the pipeline times attempts.</summary>
    public GitHubConnection(HttpClient http, GitHubOptions options, ILogger logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _options = options;
        _logger = logger;
        _time = time;
        _pipeline = GitHubRetry.Create(options, time, logger);
        _cache = new ETagCache(options.ETagCacheSize);
    }

    /// <summary>The options in force.</summary>
    public GitHubOptions Options => _options;

    /// <summary>The URL for a route path (relative, from <see cref="GitHubRoute.Expand"/>) and query.</summary>
    public Uri UrlFor(string relativePath, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var text = relativePath;
        var pairs = query?.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)).ToList();
        if (pairs is { Count: > 0 })
        {
            text += "?" + string.Join('&', pairs);
        }

        return new Uri(_options.BaseUrlWithSlash, text);
    }

    /// <summary>True when <paramref name="url"/> is on the configured host, so a token may be sent there.</summary>
    public bool IsSameOrigin(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var baseUrl = _options.BaseUrl;
        return string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(url.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Sends the call with retries. Returns any HTTP answer (callers map statuses); throws
    /// <see cref="GitHubApiException"/> (status 0) when no answer came after the retries.
    /// </summary>
    public async Task<GitHubResponse> SendAsync(GitHubCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!IsSameOrigin(call.Url) && call.Url != _options.EffectiveGraphQlUrl)
        {
            throw new GitHubApiException(call.Route.Method, call.Route.Template, 0, $"refusing to send credentials to {call.Url.Authority}", null);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GitHubRetry.CallKey, call);
        try
        {
            var attempt = 0;
            var response = await _pipeline.ExecuteAsync(
                async (ctx, state) => await state.Self.SendOnceAsync(state.Call, ++attempt, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Self: this, Call: call)).ConfigureAwait(false);
            if (!response.IsSuccess && response.Status != HttpStatusCode.NotFound)
            {
                GitHubLog.Failed(_logger, call.Route.Method, call.Route.Template, response.StatusCode, MessageOf(response), response.RequestId ?? "-", call.DeliveryId ?? "-");
            }

            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or IOException)
        {
            throw new GitHubApiException(call.Route.Method, call.Route.Template, 0, $"no answer from GitHub: {ex.GetType().Name}: {ex.Message}", null, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>GitHub's <c>message</c> field of an error body, or the status text.</summary>
    public static string MessageOf(GitHubResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Body.Length > 0)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(response.Body);
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

        return response.Status.ToString();
    }

    private async Task<GitHubResponse> SendOnceAsync(GitHubCall call, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Route.HttpMethod, call.Url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", call.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        request.Headers.Add("X-GitHub-Api-Version", _options.ApiVersion);
        if (call.DeliveryId is { } delivery)
        {
            request.Headers.Add("X-GitHub-Delivery", delivery);
        }

        var isGet = call.Route.Method == "GET";
        var cached = default(GitHubResponse);
        if (isGet && _cache.TryGet(call.CacheScope, call.Url, out var hit))
        {
            cached = hit;
            request.Headers.TryAddWithoutValidation("If-None-Match", hit.ETag);
        }

        if (call.Body is { } body)
        {
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        var started = _time.GetTimestamp();
        using var message = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var bytes = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var response = GitHubResponse.From(message, bytes);
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var remaining = response.RateLimitRemaining?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        GitHubLog.Answered(_logger, call.Route.Method, call.Route.Template, response.StatusCode, elapsedMs, attempt, response.RequestId ?? "-", call.DeliveryId ?? "-", remaining);

        if (response.Status == HttpStatusCode.NotModified && cached is not null)
        {
            return cached with { RequestId = response.RequestId, FromCache = true, RateLimitRemaining = response.RateLimitRemaining };
        }

        if (isGet)
        {
            _cache.Store(call.CacheScope, call.Url, response);
        }

        return response;
    }
}

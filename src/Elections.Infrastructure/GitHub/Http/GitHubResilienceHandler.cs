using Elections.App.Ports.GitHub;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// The outer handler under Octokit: runs each request through <see cref="GitHubRetry"/> (retries with backoff and
/// jitter on safe routes, primary and secondary rate limits, a per-attempt timeout) and turns "no answer after the
/// retries" into a <see cref="GitHubApiException"/> with status 0 naming the route.
/// </summary>
internal sealed class GitHubResilienceHandler(GitHubOptions options, TimeProvider time, ILogger logger) : DelegatingHandler
{
    /// <summary>The attempt number, for the logging handler inside.</summary>
    public static readonly HttpRequestOptionsKey<int> AttemptKey = new("github.attempt");

    private readonly ResiliencePipeline<GitHubAttempt> _pipeline = GitHubRetry.Create(options, time, logger);

    /// <summary>The catalogue route of a request, matched on its path below the API base (or the GraphQL URL).</summary>
    public static GitHubRoute RouteOf(HttpRequestMessage request, GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var url = request.RequestUri!;
        if (url.GetLeftPart(UriPartial.Path) == options.EffectiveGraphQlUrl.GetLeftPart(UriPartial.Path))
        {
            return GitHubRoutes.GraphQl;
        }

        var basePath = options.BaseUrlWithSlash.AbsolutePath;
        var path = url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal) ? "/" + url.AbsolutePath[basePath.Length..] : url.AbsolutePath;
        GitHubRoutes.TryMatch(request.Method.Method, path, out var route);
        return route;
    }

    /// <summary>Our delivery id (the X-GitHub-Delivery header we send), or "-".</summary>
    public static string DeliveryOf(HttpRequestMessage request) =>
        request?.Headers.TryGetValues("X-GitHub-Delivery", out var values) == true ? values.FirstOrDefault() ?? "-" : "-";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RouteOf(request, options);
        var delivery = DeliveryOf(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GitHubRetry.RouteKey, route);
        context.Properties.Set(GitHubRetry.DeliveryKey, delivery);
        try
        {
            var attempt = 0;
            var result = await _pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    state.Request.Options.Set(AttemptKey, ++attempt);
                    var message = await state.Self.SendOnceAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false);
                    return new GitHubAttempt(message, await ReadAnswerAsync(message, ctx.CancellationToken).ConfigureAwait(false));
                },
                context,
                (Self: this, Request: request)).ConfigureAwait(false);
            if (!result.Answer.IsSuccess && result.Answer.StatusCode is not (404 or 304))
            {
                GitHubLog.Failed(logger, route.Method, route.Template, result.Answer.StatusCode, result.Answer.Message(), result.Answer.RequestId ?? "-", delivery);
            }

            return result.Message;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or IOException)
        {
            throw new GitHubApiException(route.Method, route.Template, 0, $"no answer from GitHub: {ex.GetType().Name}: {ex.Message}", null, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<GitHubResponse> ReadAnswerAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        if (message.IsSuccessStatusCode)
        {
            return GitHubResponse.From(message, ReadOnlyMemory<byte>.Empty);
        }

        // Error bodies are small; buffering keeps them readable for Octokit afterwards.
        await message.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        return GitHubResponse.From(message, await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}

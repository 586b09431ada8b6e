using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// POST /graphql through Octokit's generic connection: the body is sent as our JSON and the answer read from the
/// raw response text (Octokit's REST serializer would snake_case GraphQL's camelCase fields). GraphQL errors and
/// unreadable answers become <see cref="GitHubApiException"/>s naming the route.
/// </summary>
internal static class GraphQlPoster
{
    public static async Task<TResponse> PostAsync<TRequest, TResponse>(
        GitHubCalls calls, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : IGraphQlResponse
    {
        var route = GitHubRoutes.GraphQl;
        var body = JsonSerializer.Serialize(request, requestType);
        var response = await calls.RunAsync(
            route,
            c => c.Connection.Post<object>(calls.Options.EffectiveGraphQlUrl, body, "application/json", "application/json", parameters: null, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        var requestId = response.HttpResponse.Headers.FirstOrDefault(h => string.Equals(h.Key, "X-GitHub-Request-Id", StringComparison.OrdinalIgnoreCase)).Value;
        TResponse? result;
        try
        {
            result = JsonSerializer.Deserialize(response.HttpResponse.Body as string ?? "", responseType);
        }
        catch (JsonException ex)
        {
            throw new GitHubApiException(route.Method, route.Template, (int)response.HttpResponse.StatusCode, $"unexpected JSON: {ex.Message}", requestId, ex);
        }

        if (result?.Errors is { Count: > 0 } errors)
        {
            throw new GitHubApiException(route.Method, route.Template, (int)response.HttpResponse.StatusCode, string.Join("; ", errors.Select(e => e.Message)), requestId)
            {
                IsRateLimited = errors.Any(e => e.Type == "RATE_LIMITED"),
            };
        }

        return result ?? throw new GitHubApiException(route.Method, route.Template, (int)response.HttpResponse.StatusCode, "GraphQL answered null", requestId);
    }
}

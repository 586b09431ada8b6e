using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Auth;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

/// <summary>The per-<see cref="IGitHub"/> plumbing: token, delivery id, JSON, pagination and error mapping.</summary>
internal sealed class GitHubRestContext(GitHubConnection connection, IGitHubTokenSource tokens, GitHubCallContext callContext, TimeProvider time)
{
    private const int PageSize = 100;

    public GitHubConnection Connection => connection;

    public GitHubCallContext CallContext => callContext;

    public TimeProvider Time => time;

    private string CacheScope => callContext.InstallationId is { } id ? $"installation:{id}" : "token";

    public Task<GitHubResponse> SendAsync(GitHubRoute route, object[] path, IEnumerable<KeyValuePair<string, string>>? query, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken) =>
        SendToAsync(route, connection.UrlFor(route.Expand(path), query), body, cancellationToken);

    public async Task<GitHubResponse> SendToAsync(GitHubRoute route, Uri url, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken)
    {
        var response = await SendWithTokenAsync(route, url, body, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Unauthorized && callContext.InstallationId is not null)
        {
            // A revoked or expired installation token: mint a new one once.
            tokens.Invalidate(callContext.InstallationId);
            response = await SendWithTokenAsync(route, url, body, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    public async Task<T> GetAsync<T>(GitHubRoute route, object[] path, JsonTypeInfo<T> type, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var response = await SendAsync(route, path, query, null, cancellationToken).ConfigureAwait(false);
        return Parse(route, response, type);
    }

    public async Task<(bool Found, T? Value)> FindAsync<T>(GitHubRoute route, object[] path, JsonTypeInfo<T> type, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var response = await SendAsync(route, path, query, null, cancellationToken).ConfigureAwait(false);
        return response.Status == HttpStatusCode.NotFound ? (false, default) : (true, Parse(route, response, type));
    }

    /// <summary>Sends a call whose 404 means "not there" (a no-op for idempotent deletes, "no" for checks): true on 2xx, false on 404.</summary>
    public async Task<bool> SendAllowingNotFoundAsync(GitHubRoute route, object[] path, CancellationToken cancellationToken, ReadOnlyMemory<byte>? body = null)
    {
        var response = await SendAsync(route, path, null, body, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return false;
        }

        EnsureSuccess(route, response);
        return true;
    }

    public async Task<IReadOnlyList<T>> GetAllPagesAsync<T>(GitHubRoute route, object[] path, JsonTypeInfo<List<T>> type, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var parameters = (query ?? []).Append(new("per_page", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var url = connection.UrlFor(route.Expand(path), parameters);
        var all = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await SendToAsync(route, url, null, cancellationToken).ConfigureAwait(false);
            all.AddRange(Parse(route, response, type));
            if (response.NextPage is not { } next || !seen.Add(next.AbsoluteUri))
            {
                return all;
            }

            if (!connection.IsSameOrigin(next))
            {
                throw new GitHubApiException(route.Method, route.Template, 0, $"pagination link points to another host ({next.Authority}); refusing to follow it", response.RequestId);
            }

            url = next;
        }
    }

    public async Task<TResult> SendJsonAsync<TBody, TResult>(GitHubRoute route, object[] path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        var response = await SendAsync(route, path, null, Serialize(body, bodyType), cancellationToken).ConfigureAwait(false);
        return Parse(route, response, resultType);
    }

    public static ReadOnlyMemory<byte> Serialize<TBody>(TBody body, JsonTypeInfo<TBody> type) => JsonSerializer.SerializeToUtf8Bytes(body, type);

    public static T Parse<T>(GitHubRoute route, GitHubResponse response, JsonTypeInfo<T> type)
    {
        EnsureSuccess(route, response);
        try
        {
            return JsonSerializer.Deserialize(response.Body.Span, type)
                ?? throw new GitHubApiException(route.Method, route.Template, response.StatusCode, "empty JSON body", response.RequestId);
        }
        catch (JsonException ex)
        {
            throw new GitHubApiException(route.Method, route.Template, response.StatusCode, $"unexpected JSON: {ex.Message}", response.RequestId, ex);
        }
    }

    public static void EnsureSuccess(GitHubRoute route, GitHubResponse response)
    {
        if (!response.IsSuccess)
        {
            throw Failure(route, response);
        }
    }

    public static GitHubApiException Failure(GitHubRoute route, GitHubResponse response) =>
        new(route.Method, route.Template, response.StatusCode, GitHubConnection.MessageOf(response), response.RequestId) { IsRateLimited = response.IsRateLimited };

    /// <summary>True when a 422 says the thing already exists (labels, invitations).</summary>
    public static bool IsAlreadyExists(GitHubResponse response)
    {
        if (response.Status != HttpStatusCode.UnprocessableEntity || response.Body.Length == 0)
        {
            return false;
        }

        try
        {
            var error = JsonSerializer.Deserialize(response.Body.Span, GitHubJsonContext.Default.WireError);
            return error?.Errors?.Any(e => e.Code == "already_exists") == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<GitHubResponse> SendWithTokenAsync(GitHubRoute route, Uri url, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(callContext.InstallationId, cancellationToken).ConfigureAwait(false);
        return await connection.SendAsync(
            new GitHubCall { Route = route, Url = url, Body = body, Token = token, CacheScope = CacheScope, DeliveryId = callContext.DeliveryId },
            cancellationToken).ConfigureAwait(false);
    }
}

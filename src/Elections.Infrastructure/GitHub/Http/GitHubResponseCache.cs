using System.Collections.Concurrent;
using System.Net;
using Octokit.Caching;
using Octokit.Internal;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// The conditional-request store behind Octokit's <see cref="CachingHttpClient"/>: the last 200 answer with an ETag
/// per (credential scope, URL), so a repeated GET sends If-None-Match and a 304 (which costs no rate limit) is served
/// from here. Bounded: cleared when full. Scopes keep installations apart.
/// </summary>
public sealed class GitHubResponseCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Scope, string Url), CachedResponse.V1> _entries = new();

    private int Capacity => capacity;

    /// <summary>The view Octokit uses for one credential scope (e.g. "installation:42").</summary>
    public IResponseCache For(string scope) => new Scoped(this, scope);

    private static string KeyOf(IRequest request)
    {
        var parameters = request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value);
        return new Uri(request.BaseAddress, request.Endpoint).AbsoluteUri + "?" + string.Join('&', parameters);
    }

    private sealed class Scoped(GitHubResponseCache cache, string scope) : IResponseCache
    {
        public Task<CachedResponse.V1> GetAsync(IRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            return Task.FromResult(cache.Capacity > 0 && cache._entries.TryGetValue((scope, KeyOf(request)), out var found) ? found : null!);
        }

        public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(cachedResponse);
            if (cache.Capacity <= 0 || cachedResponse.StatusCode != HttpStatusCode.OK || string.IsNullOrEmpty(cachedResponse.ApiInfo?.Etag))
            {
                return Task.CompletedTask;
            }

            if (cache._entries.Count >= cache.Capacity)
            {
                cache._entries.Clear();
            }

            cache._entries[(scope, KeyOf(request))] = cachedResponse;
            return Task.CompletedTask;
        }
    }
}

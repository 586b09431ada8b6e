using System.Collections.Concurrent;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// Conditional-request cache: the last 200 answer per (credential scope, URL) with its ETag. A 304
/// answer costs no rate limit and is served from here. Bounded: cleared when full.
/// Scopes keep installations apart so one installation never sees another's cached data.
/// </summary>
public sealed class ETagCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Scope, string Url), GitHubResponse> _entries = new();

    /// <summary>The cached answer for a URL, if any.</summary>
    public bool TryGet(string scope, Uri url, out GitHubResponse response)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (capacity > 0 && _entries.TryGetValue((scope, url.AbsoluteUri), out var found))
        {
            response = found;
            return true;
        }

        response = new GitHubResponse { Status = System.Net.HttpStatusCode.OK };
        return false;
    }

    /// <summary>Remembers a 200 answer that carries an ETag.</summary>
    public void Store(string scope, Uri url, GitHubResponse response)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(response);
        if (capacity <= 0 || response.ETag is null || response.StatusCode != 200)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[(scope, url.AbsoluteUri)] = response;
    }
}

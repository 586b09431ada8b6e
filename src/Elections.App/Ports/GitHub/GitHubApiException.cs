namespace Elections.App.Ports.GitHub;

/// <summary>
/// GitHub answered with an error the client could not absorb (after its retries), or could not be reached.
/// Carries what a person needs to follow up: the route, the status, GitHub's message and request id.
/// </summary>
public sealed class GitHubApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitHubApiException(string method, string route, int statusCode, string message, string? requestId, Exception? inner = null)
        : base(Describe(method, route, statusCode, message, requestId), inner)
    {
        Method = method;
        Route = route;
        StatusCode = statusCode;
        GitHubMessage = message;
        RequestId = requestId;
    }

    /// <summary>Required by the exception pattern.</summary>
    public GitHubApiException()
        : this("", "", 0, "GitHub call failed", null)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public GitHubApiException(string message)
        : this("", "", 0, message, null)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public GitHubApiException(string message, Exception innerException)
        : this("", "", 0, message, null, innerException)
    {
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route template (e.g. <c>/repos/{owner}/{repo}/issues</c>), never the concrete URL.</summary>
    public string Route { get; }

    /// <summary>The HTTP status; 0 when no response was received.</summary>
    public int StatusCode { get; }

    /// <summary>GitHub's error message (the <c>message</c> field) or a description of the fault.</summary>
    public string GitHubMessage { get; }

    /// <summary>GitHub's X-GitHub-Request-Id, for support requests.</summary>
    public string? RequestId { get; }

    /// <summary>True for 403/429 answers caused by a primary or secondary rate limit.</summary>
    public bool IsRateLimited { get; init; }

    private static string Describe(string method, string route, int status, string message, string? requestId) =>
        status == 0
            ? $"GitHub {method} {route}: {message}"
            : $"GitHub {method} {route} answered {status}: {message}" + (requestId is null ? "" : $" (request id {requestId})");
}

namespace Elections.Infrastructure.GitHub.Json;

// The GraphQL contribution search: Octokit is a REST client, so the query and its answer are ours.

#pragma warning disable CA1812 // Instantiated by System.Text.Json.

/// <summary>A GraphQL answer: its errors, if any (the data part differs by query).</summary>
internal interface IGraphQlResponse
{
    IReadOnlyList<GraphQlError>? Errors { get; }
}

internal sealed record GraphQlVariables(string Q, string? After);

internal sealed record GraphQlRequest(string Query, GraphQlVariables Variables);

internal sealed record GraphQlActor(string? Login, long? DatabaseId, [property: System.Text.Json.Serialization.JsonPropertyName("__typename")] string? Typename);

internal sealed record GraphQlRepository(string NameWithOwner);

internal sealed record GraphQlCount(int TotalCount);

internal sealed record GraphQlPullRequest(
    int Number,
    DateTimeOffset CreatedAt,
    DateTimeOffset? MergedAt,
    GraphQlRepository? Repository,
    GraphQlActor? Author,
    GraphQlActor? MergedBy,
    GraphQlCount? Commits);

internal sealed record GraphQlPageInfo(bool HasNextPage, string? EndCursor);

internal sealed record GraphQlSearch(int IssueCount, GraphQlPageInfo PageInfo, IReadOnlyList<GraphQlPullRequest?> Nodes);

internal sealed record GraphQlSearchData(GraphQlSearch? Search);

internal sealed record GraphQlError(string? Message, string? Type);

internal sealed record GraphQlSearchResponse(GraphQlSearchData? Data, IReadOnlyList<GraphQlError>? Errors) : IGraphQlResponse;

// The pinIssue mutation (REST has no pin endpoint).
internal sealed record PinIssueVariables(string IssueId);

internal sealed record PinIssueRequest(string Query, PinIssueVariables Variables);

internal sealed record PinnedIssue(int Number);

internal sealed record PinIssuePayload(PinnedIssue? Issue);

internal sealed record PinIssueData(PinIssuePayload? PinIssue);

internal sealed record PinIssueResponse(PinIssueData? Data, IReadOnlyList<GraphQlError>? Errors) : IGraphQlResponse;
#pragma warning restore CA1812

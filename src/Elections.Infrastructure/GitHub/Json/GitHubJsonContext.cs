using System.Text.Json.Serialization;

namespace Elections.Infrastructure.GitHub.Json;

/// <summary>Source-generated (trimming- and AOT-safe) JSON for the REST wire types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(WireUser))]
[JsonSerializable(typeof(List<WireUser>))]
[JsonSerializable(typeof(WireOrgMembership))]
[JsonSerializable(typeof(WireInvitation))]
[JsonSerializable(typeof(List<WireInvitation>))]
[JsonSerializable(typeof(WireInvitationRequest))]
[JsonSerializable(typeof(WireTeam))]
[JsonSerializable(typeof(WireTeamMembership))]
[JsonSerializable(typeof(WireRoleRequest))]
[JsonSerializable(typeof(WirePullRequest))]
[JsonSerializable(typeof(List<WirePullRequest>))]
[JsonSerializable(typeof(List<WireFile>))]
[JsonSerializable(typeof(List<WireReview>))]
[JsonSerializable(typeof(WireMergeRequest))]
[JsonSerializable(typeof(WireMergeResult))]
[JsonSerializable(typeof(WireStateRequest))]
[JsonSerializable(typeof(WireIssue))]
[JsonSerializable(typeof(List<WireIssue>))]
[JsonSerializable(typeof(WireNewIssue))]
[JsonSerializable(typeof(WireIssueUpdate))]
[JsonSerializable(typeof(WireComment))]
[JsonSerializable(typeof(List<WireComment>))]
[JsonSerializable(typeof(WireBody))]
[JsonSerializable(typeof(WireLockRequest))]
[JsonSerializable(typeof(WireLabel))]
[JsonSerializable(typeof(List<WireLabel>))]
[JsonSerializable(typeof(WireLabelsRequest))]
[JsonSerializable(typeof(WireRepository))]
[JsonSerializable(typeof(WireContent))]
[JsonSerializable(typeof(List<WireContent>))]
[JsonSerializable(typeof(WireGitRef))]
[JsonSerializable(typeof(WireFilePut))]
[JsonSerializable(typeof(WireFileCommit))]
[JsonSerializable(typeof(WireCheckRunRequest))]
[JsonSerializable(typeof(WireCheckRun))]
[JsonSerializable(typeof(WireSearchResult))]
[JsonSerializable(typeof(WireAccessToken))]
[JsonSerializable(typeof(WireError))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;

/// <summary>GraphQL uses camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQlRequest))]
[JsonSerializable(typeof(GraphQlSearchResponse))]
internal sealed partial class GitHubGraphQlJsonContext : JsonSerializerContext;

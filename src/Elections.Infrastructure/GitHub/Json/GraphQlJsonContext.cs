using System.Text.Json.Serialization;

namespace Elections.Infrastructure.GitHub.Json;

/// <summary>Source-generated JSON for the GraphQL calls Octokit has no call for (the contribution search, pinIssue) (camelCase, as GraphQL speaks).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQlRequest))]
[JsonSerializable(typeof(GraphQlSearchResponse))]
[JsonSerializable(typeof(PinIssueRequest))]
[JsonSerializable(typeof(PinIssueResponse))]
internal sealed partial class GitHubGraphQlJsonContext : JsonSerializerContext;

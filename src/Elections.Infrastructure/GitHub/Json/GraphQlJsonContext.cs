using System.Text.Json.Serialization;

namespace Elections.Infrastructure.GitHub.Json;

/// <summary>Source-generated JSON for the one GraphQL query Octokit has no call for (camelCase, as GraphQL speaks).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQlRequest))]
[JsonSerializable(typeof(GraphQlSearchResponse))]
internal sealed partial class GitHubGraphQlJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>
/// The App installation a delivery was sent for: only the id in most events, the whole record
/// (account, app) in <c>installation</c> events.
/// </summary>
public sealed record GitHubInstallation
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("account")]
    public GitHubUser? Account { get; init; }

    [JsonPropertyName("app_id")]
    public long? AppId { get; init; }

    [JsonPropertyName("app_slug")]
    public string? AppSlug { get; init; }
}

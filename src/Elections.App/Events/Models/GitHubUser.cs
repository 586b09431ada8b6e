using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A user, bot or organization account as webhook payloads carry it (sender, author, member).</summary>
public sealed record GitHubUser
{
    [JsonPropertyName("login")]
    public required string Login { get; init; }

    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary><c>User</c>, <c>Bot</c> or <c>Organization</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}

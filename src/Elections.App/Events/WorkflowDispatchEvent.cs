using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elections.App.Events;

/// <summary><c>workflow_dispatch</c>: a committee member ran a workflow by hand, with inputs.</summary>
public sealed record WorkflowDispatchEvent : WebhookEvent
{
    [JsonPropertyName("ref")]
    public required string Ref { get; init; }

    /// <summary>The workflow file, e.g. <c>.github/workflows/announce.yml</c>.</summary>
    [JsonPropertyName("workflow")]
    public string? Workflow { get; init; }

    /// <summary>The inputs as given (strings, booleans or numbers); empty when there are none.</summary>
    [JsonPropertyName("inputs")]
    public IReadOnlyDictionary<string, JsonElement>? Inputs { get; init; }
}

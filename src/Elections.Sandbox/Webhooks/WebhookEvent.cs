using System.Text.Json.Nodes;

namespace Elections.Sandbox.Webhooks;

/// <summary>A webhook to send: the X-GitHub-Event name and the payload.</summary>
public sealed record WebhookEvent(string Name, JsonObject Payload)
{
    /// <summary>The payload's action, when it has one.</summary>
    public string Action => Payload["action"]?.GetValue<string>() ?? "";
}

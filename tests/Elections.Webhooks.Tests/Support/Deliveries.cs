using System.Net.Http.Headers;
using System.Text;
using Elections.Infrastructure.Webhooks;

namespace Elections.Webhooks.Tests.Support;

/// <summary>Builds signed webhook requests the way GitHub sends them.</summary>
internal static class Deliveries
{
    public static string CommentPayload(long commentId, string body, string sender = "alice", long? viaAppId = null, string repository = "acme/election") =>
        $$"""
        {
          "action": "created",
          "issue": { "id": 1, "number": 7, "title": "Nominations", "state": "open", "user": { "login": "carol", "id": 3 }, "labels": [] },
          "comment": {
            "id": {{commentId}}, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}}, "user": { "login": "{{sender}}", "id": 2 }
            {{(viaAppId is { } app ? $", \"performed_via_github_app\": {{ \"id\": {app}, \"slug\": \"elections\" }}" : "")}}
          },
          "repository": { "id": 9, "name": "{{repository.Split('/')[1]}}", "full_name": "{{repository}}", "owner": { "login": "{{repository.Split('/')[0]}}", "id": 8 } },
          "installation": { "id": 42 },
          "sender": { "login": "{{sender}}", "id": 2, "type": "{{(sender.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User")}}" }
        }
        """;

    public static HttpRequestMessage Signed(string secret, string eventName, string deliveryId, string payload) =>
        Signed(secret, eventName, deliveryId, Encoding.UTF8.GetBytes(payload));

    public static HttpRequestMessage Signed(string secret, string eventName, string deliveryId, byte[] body)
    {
        var request = Unsigned(eventName, deliveryId, body);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(Encoding.UTF8.GetBytes(secret), body));
        return request;
    }

    public static HttpRequestMessage Unsigned(string eventName, string deliveryId, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiver.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookReceiver.EventHeader, eventName);
        request.Headers.Add(WebhookReceiver.DeliveryHeader, deliveryId);
        request.Headers.UserAgent.ParseAdd("GitHub-Hookshot/test");
        return request;
    }
}

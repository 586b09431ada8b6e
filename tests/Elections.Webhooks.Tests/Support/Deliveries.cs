using System.Net.Http.Headers;
using System.Text;
using Elections.Infrastructure.Webhooks;

namespace Elections.Webhooks.Tests.Support;

/// <summary>Builds signed webhook requests the way GitHub sends them.</summary>
internal static class Deliveries
{
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

using System.Text;
using Elections.App.Configuration;
using Elections.App.Events;
using Elections.App.Ports;
using Elections.App.Routing;
using Elections.Infrastructure.Webhooks;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// POST /api/github/webhooks: checks the headers, takes a body slot (503 when all are busy), reads
/// the body within the size limit, verifies the signature over the raw bytes (and gives the slot back), reads the subject
/// (<c>owner/repo#12</c>) from the payload, stores it (deduplicated on <c>X-GitHub-Delivery</c>) and
/// answers at once. The worker deserialises it later, once, from the queue.
/// </summary>
public sealed partial class WebhookReceiver(
    IOptions<ElectionsOptions> settings,
    IStore store,
    EventRouter router,
    BodyGate gate,
    DeliverySignal signal,
    TimeProvider time,
    ILogger<WebhookReceiver> logger)
{
    public const string Path = "/api/github/webhooks";
    public const string EventHeader = "X-GitHub-Event";
    public const string DeliveryHeader = "X-GitHub-Delivery";
    private const int MaxHeaderLength = 100;

    private readonly ElectionsOptions _options = settings.Value;
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(settings.Value.WebhookSecret);

    public async Task<IResult> ReceiveAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var eventName = request.Headers[EventHeader].ToString();
        var deliveryId = request.Headers[DeliveryHeader].ToString();
        if (!IsToken(eventName) || !IsToken(deliveryId))
        {
            Log.Rejected(logger, Printable(deliveryId), Printable(eventName), 400, $"missing or malformed {EventHeader} or {DeliveryHeader} header");
            return Answer(StatusCodes.Status400BadRequest, "missing or malformed X-GitHub-Event or X-GitHub-Delivery header");
        }

        if (!gate.TryEnter(out var slot))
        {
            Log.Rejected(logger, deliveryId, eventName, 503, $"all {_options.MaxConcurrentBodies} body slots are in use");
            http.Response.Headers.RetryAfter = "1";
            return Answer(StatusCodes.Status503ServiceUnavailable, "busy: too many requests in flight; retry");
        }

        using (slot)
        {
            return await ReceiveBodyAsync(http, eventName, deliveryId, slot).ConfigureAwait(false);
        }
    }

    /// <summary>Reads and verifies the body within <paramref name="slot"/>, which it gives back once the signature holds.</summary>
    private async Task<IResult> ReceiveBodyAsync(HttpContext http, string eventName, string deliveryId, BodyGate.Slot slot)
    {
        var request = http.Request;
        var (fits, body) = await PooledBody.ReadAsync(request, _options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        using (body)
        {
            if (!fits)
            {
                Log.Rejected(logger, deliveryId, eventName, 413, $"body over the {_options.MaxBodyBytes}-byte limit");
                return Answer(StatusCodes.Status413PayloadTooLarge, "payload too large");
            }

            var check = WebhookSignature.Verify(_secret, request.Headers[WebhookSignature.Header].ToString(), body.Span);
            if (check != SignatureCheck.Valid)
            {
                Log.Rejected(logger, deliveryId, eventName, 401, $"signature {check.ToString().ToLowerInvariant()}");
                return Answer(StatusCodes.Status401Unauthorized, "signature missing or wrong");
            }

            slot.Dispose();

            if (eventName == EventNames.Ping)
            {
                Log.Pinged(logger, deliveryId);
                return Answer(StatusCodes.Status200OK, "pong");
            }

            if (!router.Handles(eventName))
            {
                Log.UnknownEvent(logger, deliveryId, eventName);
                return Answer(StatusCodes.Status200OK, "ignored: event not handled");
            }

            if (!DeliverySubject.TryRead(body.Span, out var subject))
            {
                Log.Rejected(logger, deliveryId, eventName, 400, "the body is not a JSON object");
                return Answer(StatusCodes.Status400BadRequest, "payload is not a JSON object");
            }

            var delivery = new InboundDelivery
            {
                DeliveryId = deliveryId,
                EventName = eventName,
                Subject = subject,
                Payload = body.Memory,
                ReceivedAt = time.GetUtcNow(),
            };
            if (!await store.TryEnqueueAsync(delivery, http.RequestAborted).ConfigureAwait(false))
            {
                Log.Duplicate(logger, deliveryId, eventName);
                return Answer(StatusCodes.Status200OK, "duplicate: already received");
            }
        }

        signal.Notify();
        Log.Queued(logger, deliveryId, eventName);
        return Answer(StatusCodes.Status202Accepted, "queued");
    }

    private static IResult Answer(int status, string message) =>
        Results.Text($"{{\"status\":\"{message}\"}}", "application/json", Encoding.UTF8, status);

    private static bool IsToken(string value) =>
        value.Length is > 0 and <= MaxHeaderLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Printable(string value) =>
        IsToken(value) ? value : value.Length == 0 ? "(none)" : "(malformed)";

    private static partial class Log
    {
        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Rejected delivery {DeliveryId} ({Event}) with {Status}: {Reason}")]
        public static partial void Rejected(ILogger logger, string deliveryId, string @event, int status, string reason);

        [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Ignored delivery {DeliveryId}: event {Event} is not handled")]
        public static partial void UnknownEvent(ILogger logger, string deliveryId, string @event);

        [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Delivery {DeliveryId} ({Event}) was received before; not queued again")]
        public static partial void Duplicate(ILogger logger, string deliveryId, string @event);

        [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Queued delivery {DeliveryId} ({Event})")]
        public static partial void Queued(ILogger logger, string deliveryId, string @event);

        [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Ping {DeliveryId}: the webhook is configured")]
        public static partial void Pinged(ILogger logger, string deliveryId);
    }
}

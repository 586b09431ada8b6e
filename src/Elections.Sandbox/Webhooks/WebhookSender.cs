using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;

namespace Elections.Sandbox.Webhooks;

/// <summary>A webhook the Sandbox produced, and what happened when it was sent.</summary>
public sealed record WebhookDelivery
{
    public required string Id { get; init; }

    public required string Event { get; init; }

    public required string Action { get; init; }

    /// <summary>The exact body sent (the signature covers these bytes).</summary>
    public required string Body { get; init; }

    /// <summary>The receiver's status; 0 when not sent (no URL) or failed.</summary>
    public int Status { get; set; }

    public string Error { get; set; } = "";

    public bool Redelivery { get; init; }
}

/// <summary>
/// Sends webhooks in order to the configured URL, signed like GitHub: X-Hub-Signature-256 =
/// "sha256=" + hex HMAC-SHA256 of the raw body with the secret; X-GitHub-Event; X-GitHub-Delivery (a GUID).
/// </summary>
public sealed class WebhookSender : IAsyncDisposable
{
    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<WebhookDelivery> _log = [];
    private readonly Lock _gate = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly long _installationId;
    private readonly Task _loop;
    private int _inFlight;

    public WebhookSender(Uri? url, string? secret, long installationId)
    {
        Url = url;
        Secret = secret;
        _installationId = installationId;
        _loop = Task.Run(RunAsync);
    }

    public Uri? Url { get; private set; }

    public string? Secret { get; private set; }

    /// <summary>Every webhook produced, in order.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Sets where webhooks go and the secret that signs them.</summary>
    public void Configure(Uri? url, string? secret)
    {
        Url = url;
        Secret = secret;
    }

    /// <summary>Queues a new webhook.</summary>
    public void Enqueue(WebhookEvent webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var delivery = new WebhookDelivery
        {
            Id = Guid.NewGuid().ToString(),
            Event = webhook.Name,
            Action = webhook.Action,
            Body = webhook.Payload.ToJsonString(),
        };
        Queue(delivery);
    }

    /// <summary>Sends a delivery again with the same delivery id (as GitHub's "Redeliver" does).</summary>
    public bool Redeliver(string deliveryId)
    {
        WebhookDelivery? original;
        lock (_gate)
        {
            original = _log.FirstOrDefault(d => d.Id == deliveryId);
        }

        if (original is null)
        {
            return false;
        }

        Queue(original with { Status = 0, Error = "", Redelivery = true });
        return true;
    }

    /// <summary>Waits until every queued webhook was sent (or failed).</summary>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>X-Hub-Signature-256 for a body.</summary>
    public static string Sign(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _http.Dispose();
    }

    private void Queue(WebhookDelivery delivery)
    {
        lock (_gate)
        {
            _log.Add(delivery);
        }

        Interlocked.Increment(ref _inFlight);
        if (!_queue.Writer.TryWrite(delivery))
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task RunAsync()
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await SendAsync(delivery).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task SendAsync(WebhookDelivery delivery)
    {
        if (Url is not { } url)
        {
            delivery.Error = "no webhook URL configured";
            return;
        }

        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("GitHub-Hookshot/sandbox");
        request.Headers.Add("X-GitHub-Event", delivery.Event);
        request.Headers.Add("X-GitHub-Delivery", delivery.Id);
        request.Headers.Add("X-GitHub-Hook-ID", "1");
        request.Headers.Add("X-GitHub-Hook-Installation-Target-Type", "integration");
        request.Headers.Add("X-GitHub-Hook-Installation-Target-ID", _installationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Secret is { Length: > 0 } secret)
        {
            request.Headers.Add("X-Hub-Signature-256", Sign(secret, body));
        }

        try
        {
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            delivery.Status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            delivery.Error = ex.Message;
        }
    }
}

namespace Elections.Webhooks;

/// <summary>The host cannot start with its configuration; the message lists every problem.</summary>
public sealed class WebhookHostConfigurationException : Exception
{
    public WebhookHostConfigurationException(IReadOnlyList<string> problems)
        : base("the webhook host cannot start: " + string.Join("; ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    public WebhookHostConfigurationException()
        : this([])
    {
    }

    public WebhookHostConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public WebhookHostConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}

namespace Elections.App.Ports.GitHub;

/// <summary>Creates a <see cref="IGitHub"/> bound to one installation and one delivery.</summary>
public interface IGitHubFactory
{
    /// <summary>Returns a client acting for <paramref name="context"/>; cheap, call it per event.</summary>
    IGitHub Create(GitHubCallContext context);
}

/// <summary>Who a <see cref="IGitHub"/> acts for and which event it serves.</summary>
public sealed record GitHubCallContext
{
    /// <summary>No installation (an Actions token or a personal token) and no delivery.</summary>
    public static GitHubCallContext None { get; } = new();

    /// <summary>The App installation whose token to use; null when a fixed token (GH_TOKEN) is configured.</summary>
    public long? InstallationId { get; init; }

    /// <summary>The webhook delivery (X-GitHub-Delivery) or workflow run this work serves; sent and logged with every call.</summary>
    public string? DeliveryId { get; init; }
}

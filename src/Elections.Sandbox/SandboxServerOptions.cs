namespace Elections.Sandbox;

/// <summary>How to run the Sandbox.</summary>
public sealed record SandboxServerOptions
{
    /// <summary>The loopback port; 0 picks a free one. Ignored when <see cref="Urls"/> is set.</summary>
    public int Port { get; init; }

    /// <summary>Where to listen instead of 127.0.0.1:<see cref="Port"/>, e.g. <c>http://0.0.0.0:5080</c> (port 0 picks a free one).</summary>
    public string? Urls { get; init; }

    /// <summary>
    /// The bearer token that lets callers beyond loopback use the admin API (<c>/_sandbox/...</c>);
    /// without it only loopback callers may. See docs/sandbox.md.
    /// </summary>
    public string? AdminToken { get; init; }

    /// <summary>The App's slug: its bot is <c>{slug}[bot]</c>.</summary>
    public string AppSlug { get; init; } = "elections-sandbox";

    /// <summary>The App id (check runs name it).</summary>
    public long AppId { get; init; } = 1;

    /// <summary>The bot account's user id.</summary>
    public long BotUserId { get; init; } = 100_001;

    /// <summary>The installation id sent in every webhook and accepted by the token route.</summary>
    public long InstallationId { get; init; } = 1;

    /// <summary>When set, installation tokens need a JWT signed by this key (PEM, public or private) with iss = App id or client id.</summary>
    public string? AppKeyPem { get; init; }

    /// <summary>Accepted JWT issuers when <see cref="AppKeyPem"/> is set (default: the App id).</summary>
    public IReadOnlyList<string> AppIssuers { get; init; } = [];

    /// <summary>When true, only minted installation tokens and <see cref="StaticTokens"/> are accepted.</summary>
    public bool StrictTokens { get; init; }

    /// <summary>Tokens accepted as they are (like GH_TOKEN) when <see cref="StrictTokens"/> is on.</summary>
    public IReadOnlySet<string> StaticTokens { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Where to send webhooks; none are sent until set (they are still recorded).</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>The webhook secret (HMAC-SHA256 key for X-Hub-Signature-256).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>The clock; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Keep each REST answer's body in <see cref="SandboxServer.Requests"/> (contract tests).</summary>
    public bool RecordResponses { get; init; }

    /// <summary>True to log requests to the console (the command-line Sandbox does).</summary>
    public bool ConsoleLogging { get; init; }
}

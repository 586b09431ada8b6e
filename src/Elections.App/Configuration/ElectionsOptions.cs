using System.Globalization;

namespace Elections.App.Configuration;

/// <summary>
/// The bot's settings, read once from the environment (names in <see cref="ElectionsVariables"/>) or
/// command-line configuration by <see cref="ElectionsOptionsBinder"/>, validated at start. A class, not a
/// record, so that no generated <c>ToString</c> can print a secret.
/// </summary>
public sealed class ElectionsOptions
{
    /// <summary>GitHub caps webhook payloads at 25 MB; anything larger is refused with 413.</summary>
    public const long DefaultMaxBodyBytes = 25L * 1024 * 1024;

    /// <summary>The HMAC key for <c>X-Hub-Signature-256</c>. The webhook host refuses to start without it.</summary>
    public string WebhookSecret { get; set; } = "";

    public long? AppId { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>The App slug; events from <c>{slug}[bot]</c> are the bot's own and ignored.</summary>
    public string AppSlug { get; set; } = "";

    /// <summary>The App's private key as PEM text, with <c>\n</c> escapes already turned into line breaks.</summary>
    public string PrivateKey { get; set; } = "";

    public string PrivateKeyFile { get; set; } = "";

    /// <summary>GH_TOKEN, else GITHUB_TOKEN: a fixed token used instead of App credentials.</summary>
    public string Token { get; set; } = "";

    /// <summary>A SQLite file path or a PostgreSQL connection string; empty: the driver's default.</summary>
    public string Store { get; set; } = "";

    public string RepoDir { get; set; } = "";

    /// <summary>The REST base URL: GitHub by default; GitHub Enterprise or the Sandbox otherwise.</summary>
    public Uri GitHubApiUrl { get; set; } = new("https://api.github.com/");

    /// <summary>The GraphQL endpoint when Actions names it; otherwise derived from the API URL.</summary>
    public Uri? GitHubGraphQlUrl { get; set; }

    /// <summary>Plan and report, never apply.</summary>
    public bool DryRun { get; set; }

    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>Request bodies read at once; more concurrent posts are answered 503 before their body is read.</summary>
    public int MaxConcurrentBodies { get; set; } = 64;

    /// <summary>Concurrent queue workers in this instance.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>How long a claimed delivery stays leased; a worker that dies releases it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often idle workers look for work from other instances or expired leases.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts before a delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry delay; doubled each attempt, capped at five minutes.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most voters-team changes one run makes; the rest waits for the next run.</summary>
    public int TeamSyncMax { get; set; } = 50;

    /// <summary>Post the non-voter notice on threads of people outside the roll; on unless <c>ELECTIONS_NON_VOTER_NOTICE</c> is false.</summary>
    public bool NonVoterNotice { get; set; } = true;

    /// <summary>The exception procedure the non-voter notice links to; empty: docs/voters.md in the election repository.</summary>
    public string ExceptionUrl { get; set; } = "";

    /// <summary>What the binder could not read: each names the variable and the fix. Reported by validation.</summary>
    public IReadOnlyList<string> BindingProblems { get; set; } = [];

    /// <summary>True when App credentials (an id and a key) or a token are configured.</summary>
    public bool HasGitHubCredentials =>
        Token.Length > 0 || ((AppId is not null || ClientId.Length > 0) && (PrivateKey.Length > 0 || PrivateKeyFile.Length > 0));

    /// <summary>Safe to log: names what is configured, never a secret, token or key.</summary>
    public override string ToString() =>
        $"app id {AppId?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, app slug {(AppSlug.Length > 0 ? AppSlug : "(none)")}, " +
        $"private key {(PrivateKey.Length > 0 || PrivateKeyFile.Length > 0 ? "set" : "not set")}, token {(Token.Length > 0 ? "set" : "not set")}, " +
        $"workers {Workers}, dry run {DryRun}";
}

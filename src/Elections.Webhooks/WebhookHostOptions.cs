using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Elections.Webhooks;

/// <summary>
/// The host's settings, read once from the environment (<c>ELECTIONS_*</c>) or command-line
/// configuration. A class, not a record, so that no generated <c>ToString</c> can print a secret.
/// </summary>
public sealed class WebhookHostOptions
{
    public const string SecretVariable = "ELECTIONS_WEBHOOK_SECRET";
    public const string AppIdVariable = "ELECTIONS_APP_ID";
    public const string ClientIdVariable = "ELECTIONS_CLIENT_ID";
    public const string AppSlugVariable = "ELECTIONS_APP_SLUG";
    public const string PrivateKeyVariable = "ELECTIONS_PRIVATE_KEY";
    public const string PrivateKeyFileVariable = "ELECTIONS_PRIVATE_KEY_FILE";
    public const string StoreVariable = "ELECTIONS_STORE";
    public const string RepoDirVariable = "ELECTIONS_REPO_DIR";
    public const string DryRunVariable = "ELECTIONS_DRY_RUN";
    public const string WorkersVariable = "ELECTIONS_WORKERS";
    public const string LeaseSecondsVariable = "ELECTIONS_LEASE_SECONDS";
    public const string MaxBodyBytesVariable = "ELECTIONS_MAX_BODY_BYTES";
    public const string RetryDelayVariable = "ELECTIONS_RETRY_DELAY_MS";
    public const string PollVariable = "ELECTIONS_POLL_MS";
    public const string GitHubApiUrlVariable = "ELECTIONS_GITHUB_API_URL";

    /// <summary>GitHub caps webhook payloads at 25 MB; anything larger is refused with 413.</summary>
    public const long DefaultMaxBodyBytes = 25L * 1024 * 1024;

    private bool _appIdInvalid;
    private bool _invalidApiUrl;

    /// <summary>The HMAC key for <c>X-Hub-Signature-256</c>. Required: without it the host refuses to start.</summary>
    public string Secret { get; set; } = "";

    public long? AppId { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>The App slug; events from <c>{slug}[bot]</c> are the bot's own and ignored.</summary>
    public string AppSlug { get; set; } = "";

    public string PrivateKey { get; set; } = "";

    public string PrivateKeyFile { get; set; } = "";

    /// <summary>A SQLite file path (the default) or a PostgreSQL connection string.</summary>
    public string Store { get; set; } = "";

    public string RepoDir { get; set; } = "";

    /// <summary>The REST base URL: GitHub by default; GitHub Enterprise or the Sandbox otherwise.</summary>
    public Uri GitHubApiUrl { get; set; } = new("https://api.github.com/");

    /// <summary>Plan and report, never apply.</summary>
    public bool DryRun { get; set; }

    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

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

    public static WebhookHostOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string Get(string name) => configuration[name]?.Trim() ?? "";
        var options = new WebhookHostOptions
        {
            Secret = configuration[SecretVariable] ?? "",
            ClientId = Get(ClientIdVariable),
            AppSlug = Get(AppSlugVariable),
            PrivateKey = configuration[PrivateKeyVariable] ?? "",
            PrivateKeyFile = Get(PrivateKeyFileVariable),
            Store = Get(StoreVariable),
            RepoDir = Get(RepoDirVariable),
            DryRun = Get(DryRunVariable) is "1" or "true" or "True",
        };
        if (Get(GitHubApiUrlVariable) is { Length: > 0 } apiUrl)
        {
            if (Uri.TryCreate(apiUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                options.GitHubApiUrl = url;
            }
            else
            {
                options._invalidApiUrl = true;
            }
        }

        var appIdText = Get(AppIdVariable);
        if (long.TryParse(appIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var appId))
        {
            options.AppId = appId;
        }
        else
        {
            options._appIdInvalid = appIdText.Length > 0;
        }

        if (int.TryParse(Get(WorkersVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers > 0)
        {
            options.Workers = workers;
        }

        if (int.TryParse(Get(LeaseSecondsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var lease) && lease > 0)
        {
            options.Lease = TimeSpan.FromSeconds(lease);
        }

        if (long.TryParse(Get(MaxBodyBytesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var maxBody) && maxBody > 0)
        {
            options.MaxBodyBytes = Math.Min(maxBody, int.MaxValue - 1);
        }

        if (int.TryParse(Get(RetryDelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var retry) && retry > 0)
        {
            options.RetryDelay = TimeSpan.FromMilliseconds(retry);
        }

        if (int.TryParse(Get(PollVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var poll) && poll > 0)
        {
            options.PollInterval = TimeSpan.FromMilliseconds(poll);
        }

        return options;
    }

    /// <summary>Every reason the host cannot start with these settings; empty when it can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Secret))
        {
            problems.Add($"{SecretVariable} is not set: the host refuses to accept unsigned webhooks; set it to the App's webhook secret");
        }

        if (PrivateKeyFile.Length > 0 && !File.Exists(PrivateKeyFile))
        {
            problems.Add($"{PrivateKeyFileVariable} names a file that does not exist: {PrivateKeyFile}");
        }

        if (_appIdInvalid)
        {
            problems.Add($"{AppIdVariable} must be the App's numeric id");
        }

        if (_invalidApiUrl)
        {
            problems.Add($"{GitHubApiUrlVariable} must be an http(s) URL");
        }

        if (MaxBodyBytes <= 0 || Workers <= 0 || MaxAttempts <= 0)
        {
            problems.Add("body limit, workers and attempts must be positive");
        }

        return problems;
    }

    /// <summary>What is missing to call GitHub as the App; empty when the App credentials are complete.</summary>
    public IReadOnlyList<string> GitHubProblems()
    {
        var problems = new List<string>();
        if (AppId is null && ClientId.Length == 0)
        {
            problems.Add($"set {AppIdVariable} or {ClientIdVariable}: the host acts on GitHub as the App");
        }

        if (PrivateKey.Length == 0 && PrivateKeyFile.Length == 0)
        {
            problems.Add($"set {PrivateKeyVariable} (PEM text) or {PrivateKeyFileVariable} (path to the App's .pem)");
        }

        return problems;
    }

    /// <summary>Safe to log: names what is configured, never a secret or key.</summary>
    public override string ToString() =>
        $"app id {AppId?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, app slug {(AppSlug.Length > 0 ? AppSlug : "(none)")}, " +
        $"private key {(PrivateKey.Length > 0 || PrivateKeyFile.Length > 0 ? "set" : "not set")}, workers {Workers}, dry run {DryRun}";
}

namespace Elections.Sandbox;

/// <summary>The environment variables the standalone Sandbox reads (docs/sandbox.md).</summary>
public static class SandboxEnvironment
{
    /// <summary>Where webhooks go, e.g. <c>http://127.0.0.1:8080/api/github/webhooks</c>.</summary>
    public const string WebhookUrl = "SANDBOX_WEBHOOK_URL";

    /// <summary>The secret that signs webhooks (X-Hub-Signature-256).</summary>
    public const string WebhookSecret = "SANDBOX_WEBHOOK_SECRET";

    /// <summary>The bearer token callers beyond loopback send to use the admin API.</summary>
    public const string AdminToken = "SANDBOX_ADMIN_TOKEN";

    /// <summary>
    /// <paramref name="options"/> with the webhook URL and secret and the admin token read from the
    /// environment; false with a problem naming the variable and the fix when the URL is not absolute http(s).
    /// </summary>
    public static bool TryApply(SandboxServerOptions options, out SandboxServerOptions applied, out string problem)
    {
        ArgumentNullException.ThrowIfNull(options);
        applied = options;
        problem = "";
        Uri? webhookUrl = null;
        if (Environment.GetEnvironmentVariable(WebhookUrl) is { Length: > 0 } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out webhookUrl) || (webhookUrl.Scheme != Uri.UriSchemeHttp && webhookUrl.Scheme != Uri.UriSchemeHttps)))
        {
            problem = $"{WebhookUrl} '{text}' is not an absolute http(s) URL; set it like http://127.0.0.1:8080/api/github/webhooks or unset it";
            return false;
        }

        applied = options with
        {
            WebhookUrl = webhookUrl ?? options.WebhookUrl,
            WebhookSecret = Environment.GetEnvironmentVariable(WebhookSecret) is { Length: > 0 } secret ? secret : options.WebhookSecret,
            AdminToken = Environment.GetEnvironmentVariable(AdminToken) is { Length: > 0 } token ? token : options.AdminToken,
        };
        return true;
    }
}

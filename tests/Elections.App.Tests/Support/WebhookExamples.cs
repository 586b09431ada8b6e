using System.Text.Json.Nodes;

namespace Elections.App.Tests.Support;

/// <summary>
/// The real payloads of <c>@octokit/webhooks-examples</c>, installed by <c>npm ci</c> in
/// tests/webhooks-examples (pinned by its package-lock.json).
/// </summary>
internal static class WebhookExamples
{
    public static string? IndexPath
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "tests", "webhooks-examples", "node_modules", "@octokit", "webhooks-examples", "api.github.com", "index.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    public const string MissingMessage = "@octokit/webhooks-examples is not installed: run `npm ci --prefix tests/webhooks-examples`";

    /// <summary>Every example of <paramref name="eventName"/>, as raw JSON text.</summary>
    public static IReadOnlyList<string> For(string eventName)
    {
        var index = JsonNode.Parse(File.ReadAllText(IndexPath ?? throw new InvalidOperationException(MissingMessage)))!.AsArray();
        var entry = index.FirstOrDefault(e => (string?)e!["name"] == eventName);
        return entry is null ? [] : [.. entry["examples"]!.AsArray().Select(example => example!.ToJsonString())];
    }
}

/// <summary>A fact skipped, with the reason shown, when the npm examples are not installed.</summary>
internal sealed class ExamplesFactAttribute : FactAttribute
{
    public ExamplesFactAttribute()
    {
        if (WebhookExamples.IndexPath is null)
        {
            Skip = WebhookExamples.MissingMessage;
        }
    }
}

using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;

namespace Elections.App.Candidacy;

/// <summary>
/// The one pinned issue per election that shows the candidates' status (docs/candidacy.md "The pinned status
/// issue"). Its body carries the <see cref="EffectMarker"/> of <see cref="Key"/>, the key of the effect that created
/// it: after a lost answer or a restart the bot finds it again by that marker, so it is never made twice.
/// </summary>
public static class StatusIssue
{
    /// <summary>The creating effect's key (once per repository and election), also the marker in the issue's body.</summary>
    public static string Key(string repository, ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return $"candidates-status-issue:{repository}:{config.Slug}";
    }

    /// <summary>The issue's title.</summary>
    public static string Title(ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return $"Candidates' status: {config.Name}";
    }

    /// <summary>The body as it is stored on GitHub: the Markdown and the marker line.</summary>
    public static string Body(string markdown, string key) => EffectMarker.Append(markdown, key);

    /// <summary>The status issue among <paramref name="issues"/>: the oldest one a bot made carrying the marker of <paramref name="key"/>.</summary>
    public static Issue? Find(IReadOnlyList<Issue> issues, string key)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return issues
            .Where(i => !i.IsPullRequest && i.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(i.Body, key))
            .OrderBy(i => i.Number)
            .FirstOrDefault();
    }
}

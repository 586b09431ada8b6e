using Elections.App.Announcements;
using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Validation;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections announce NAME --channel github --post [--github OWNER/REPO]</c>: the election's announcement pull
/// request through <see cref="GitHubAnnouncer"/> (GH_TOKEN, ELECTIONS_GITHUB_API_URL).
/// </summary>
internal static class AnnounceOnGitHub
{
    public static async Task<int> PostAsync(TextWriter output, string? repositoryName, ElectionConfig config, string name, RenderedAnnouncement rendered, bool dryRun, CancellationToken cancellationToken)
    {
        if (!RepositoryRef.TryParse(repositoryName, out var repository))
        {
            throw new InvalidInputException(new Problem("command line", 0, "--github", "give the election repository as OWNER/REPO (or run in Actions, where GITHUB_REPOSITORY is set)"));
        }

        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: would post \"{rendered.Title}\" on the announcement pull request of {repository} (opening it and notifying the team {config.VotersTeam} if there is none)").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var posted = await GitHubCall.RunAsync(gitHub => new GitHubAnnouncer(gitHub).PostAsync(repository, config.Slug, config.VotersTeam, name, rendered, cancellationToken)).ConfigureAwait(false);
        var what = posted.Outcome switch
        {
            GitHubAnnouncementOutcome.Opened => $"opened the announcement pull request #{posted.Number} and notified the team {config.VotersTeam}",
            GitHubAnnouncementOutcome.Commented => $"commented on the announcement pull request #{posted.Number}",
            _ => $"already posted on the announcement pull request #{posted.Number}; nothing new",
        };
        await output.WriteLineAsync($"{what}: {posted.Url}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// <c>elections announce NAME --channel website --post</c>: the page proposed as a pull request to
    /// <c>announcements.site_repository</c> under <c>announcements.site_path</c>.
    /// </summary>
    public static async Task<int> ProposePageAsync(TextWriter output, ElectionConfig config, string name, RenderedAnnouncement rendered, bool dryRun, CancellationToken cancellationToken)
    {
        if (!RepositoryRef.TryParse(config.Announcements.SiteRepository, out var site))
        {
            throw new InvalidInputException(new Problem(config.Source.File, 0, "announcements.site_repository", "is not set: write owner/name of the website repository the page is proposed to (docs/configuration.md)"));
        }

        var stem = $"{config.Announcements.SitePath.TrimEnd('/')}/{config.Slug}-{name}";
        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: would propose {stem}.md and {stem}.html (\"{rendered.Title}\") as a pull request to {site}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var proposed = await GitHubCall.RunAsync(gitHub => new GitHubAnnouncer(gitHub).ProposePageAsync(site, config.Announcements.SitePath, config.Slug, name, rendered, cancellationToken)).ConfigureAwait(false);
        var what = proposed.Outcome == GitHubAnnouncementOutcome.Opened
            ? $"proposed {stem}.md and .html to {site} in pull request #{proposed.Number}"
            : $"already proposed to {site} in pull request #{proposed.Number}; nothing new";
        await output.WriteLineAsync($"{what}: {proposed.Url}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}

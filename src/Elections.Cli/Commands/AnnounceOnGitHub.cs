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
}

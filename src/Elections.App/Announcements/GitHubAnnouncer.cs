using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Validation;

namespace Elections.App.Announcements;

/// <summary>
/// The GitHub channel (nixos-anchor §4.3, A13, done by hand in 2024): one announcement pull request per election in
/// the election repository, opened by the bot with the first announcement as its description and the page under
/// <c>announcements/</c>; the voters team asked to review it (GitHub notifies every member), the request withdrawn
/// again, and the conversation locked to collaborators. Later announcements are comments on it. Every step is found
/// again by its hidden marker (<see cref="EffectMarker"/>), so a rerun, or a run after a crash, never opens a second
/// pull request or posts an announcement twice, and finishes a notification left half done.
/// </summary>
public sealed class GitHubAnnouncer(IGitHub gitHub)
{
    /// <summary>Where the pull request's file lives, on the branch <see cref="Branch"/>.</summary>
    public static string PagePath(string name) => $"announcements/{name}.md";

    /// <summary>The announcement pull request's branch for <paramref name="election"/>.</summary>
    public static string Branch(string election) => $"elections/announcements-{election}";

    /// <summary>Posts announcement <paramref name="name"/> of <paramref name="election"/> in <paramref name="repository"/>, notifying <paramref name="votersTeam"/>.</summary>
    public async Task<GitHubAnnouncement> PostAsync(RepositoryRef repository, string election, string votersTeam, string name, RenderedAnnouncement rendered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(rendered);
        var pullKey = $"announcement-pr:{election}";
        var postKey = $"announcement:{election}:{name}";
        var pulls = await gitHub.PullRequests.ListAsync(repository, PullRequestStateFilter.All, cancellationToken).ConfigureAwait(false);
        var pull = pulls.Where(p => p.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(p.Body, pullKey)).MinBy(p => p.Number);
        if (pull is null)
        {
            pull = await OpenAsync(repository, election, name, rendered, pullKey, postKey, cancellationToken).ConfigureAwait(false);
            await NotifyAsync(repository, pull.Number, votersTeam, cancellationToken).ConfigureAwait(false);
            return new GitHubAnnouncement(pull.Number, pull.HtmlUrl, GitHubAnnouncementOutcome.Opened);
        }

        if (!pull.Locked)
        {
            await NotifyAsync(repository, pull.Number, votersTeam, cancellationToken).ConfigureAwait(false); // a first run stopped before it was done
        }

        if (EffectMarker.IsIn(pull.Body, postKey))
        {
            return new GitHubAnnouncement(pull.Number, pull.HtmlUrl, GitHubAnnouncementOutcome.AlreadyPosted);
        }

        var comments = await gitHub.Issues.ListCommentsAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false);
        if (comments.Any(c => c.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(c.Body, postKey)))
        {
            return new GitHubAnnouncement(pull.Number, pull.HtmlUrl, GitHubAnnouncementOutcome.AlreadyPosted);
        }

        await gitHub.Issues.CreateCommentAsync(repository, pull.Number, $"## {rendered.Title}\n\n{rendered.Markdown}", postKey, cancellationToken).ConfigureAwait(false);
        return new GitHubAnnouncement(pull.Number, pull.HtmlUrl, GitHubAnnouncementOutcome.Commented);
    }

    private async Task<PullRequest> OpenAsync(RepositoryRef repository, string election, string name, RenderedAnnouncement rendered, string pullKey, string postKey, CancellationToken cancellationToken)
    {
        var target = await gitHub.Contents.GetRepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
        var defaultBranch = target.Value?.DefaultBranch ?? throw new InvalidInputException(new Problem(repository.FullName, 0, "repository", "not found: check the name and that the token can see it"));
        var head = await gitHub.Contents.GetBranchHeadAsync(repository, defaultBranch, cancellationToken).ConfigureAwait(false);
        var branch = Branch(election);
        await gitHub.Contents.CreateBranchAsync(repository, branch, head.Value ?? throw new InvalidInputException(new Problem(repository.FullName, 0, "repository", $"its default branch {defaultBranch} has no commit yet")), cancellationToken).ConfigureAwait(false);
        var page = PagePath(name);
        if (!(await gitHub.Contents.GetFileAsync(repository, page, branch, cancellationToken).ConfigureAwait(false)).Found)
        {
            await gitHub.Contents.PutFileAsync(
                repository,
                new FileWrite { Path = page, Content = Encoding.UTF8.GetBytes($"# {rendered.Title}\n\n{rendered.Markdown}\n"), Message = $"Announcement: {rendered.Title}", Branch = branch },
                cancellationToken).ConfigureAwait(false);
        }

        var body = EffectMarker.Append(EffectMarker.Append(rendered.Markdown, pullKey), postKey);
        return await gitHub.PullRequests.CreateAsync(repository, rendered.Title, body, branch, defaultBranch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the voters team to review (GitHub notifies its members), withdraws the request, and locks the conversation to collaborators: locked means done.</summary>
    private async Task NotifyAsync(RepositoryRef repository, int number, string votersTeam, CancellationToken cancellationToken)
    {
        await gitHub.PullRequests.RequestTeamReviewAsync(repository, number, votersTeam, cancellationToken).ConfigureAwait(false);
        await gitHub.PullRequests.RemoveTeamReviewRequestAsync(repository, number, votersTeam, cancellationToken).ConfigureAwait(false);
        await gitHub.Issues.LockAsync(repository, number, LockReason.None, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What <see cref="GitHubAnnouncer"/> did.</summary>
public enum GitHubAnnouncementOutcome
{
    /// <summary>Opened the election's announcement pull request with this announcement and notified the voters team.</summary>
    Opened,

    /// <summary>Commented this announcement on the existing pull request.</summary>
    Commented,

    /// <summary>This announcement was posted before; nothing new.</summary>
    AlreadyPosted,
}

/// <summary>The announcement pull request and what was done to it.</summary>
/// <param name="Number">The pull request's number.</param>
/// <param name="Url">Its web page.</param>
/// <param name="Outcome">What this run did.</param>
public sealed record GitHubAnnouncement(int Number, string Url, GitHubAnnouncementOutcome Outcome);

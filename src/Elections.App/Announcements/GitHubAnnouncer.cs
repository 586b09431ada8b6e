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

    private Task<PullRequest> OpenAsync(RepositoryRef repository, string election, string name, RenderedAnnouncement rendered, string pullKey, string postKey, CancellationToken cancellationToken) =>
        ProposeAsync(
            repository,
            Branch(election),
            [(PagePath(name), $"# {rendered.Title}\n\n{rendered.Markdown}\n")],
            rendered.Title,
            EffectMarker.Append(EffectMarker.Append(rendered.Markdown, pullKey), postKey),
            cancellationToken);

    /// <summary>
    /// Proposes announcement <paramref name="name"/>'s website page (issue 12 item 3) as a pull request to the site
    /// repository <paramref name="site"/>: <c>SITEPATH/ELECTION-NAME.md</c> and its <c>.html</c> on the branch
    /// <c>elections/website-ELECTION-NAME</c>. Found again by its marker, so a rerun opens no second pull request.
    /// </summary>
    public async Task<GitHubAnnouncement> ProposePageAsync(RepositoryRef site, string sitePath, string election, string name, RenderedAnnouncement rendered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(rendered);
        var key = $"website:{election}:{name}";
        var pulls = await gitHub.PullRequests.ListAsync(site, PullRequestStateFilter.All, cancellationToken).ConfigureAwait(false);
        var existing = pulls.Where(p => p.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(p.Body, key)).MinBy(p => p.Number);
        if (existing is not null)
        {
            return new GitHubAnnouncement(existing.Number, existing.HtmlUrl, GitHubAnnouncementOutcome.AlreadyPosted);
        }

        var stem = $"{sitePath.TrimEnd('/')}/{election}-{name}";
        var pull = await ProposeAsync(
            site,
            $"elections/website-{election}-{name}",
            [($"{stem}.md", $"# {rendered.Title}\n\n{rendered.Markdown}\n"), ($"{stem}.html", rendered.Html)],
            rendered.Title,
            EffectMarker.Append($"The announcement page \"{rendered.Title}\" of the election {election}, rendered by `elections announce {name} --channel website`.", key),
            cancellationToken).ConfigureAwait(false);
        return new GitHubAnnouncement(pull.Number, pull.HtmlUrl, GitHubAnnouncementOutcome.Opened);
    }

    /// <summary>A branch off the default branch of <paramref name="repository"/> holding <paramref name="files"/> (each written once), proposed as a pull request.</summary>
    private async Task<PullRequest> ProposeAsync(RepositoryRef repository, string branch, IReadOnlyList<(string Path, string Text)> files, string title, string body, CancellationToken cancellationToken)
    {
        var target = await gitHub.Contents.GetRepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
        var defaultBranch = target.Value?.DefaultBranch ?? throw new InvalidInputException(new Problem(repository.FullName, 0, "repository", "not found: check the name and that the token can see it"));
        var head = await gitHub.Contents.GetBranchHeadAsync(repository, defaultBranch, cancellationToken).ConfigureAwait(false);
        await gitHub.Contents.CreateBranchAsync(repository, branch, head.Value ?? throw new InvalidInputException(new Problem(repository.FullName, 0, "repository", $"its default branch {defaultBranch} has no commit yet")), cancellationToken).ConfigureAwait(false);
        foreach (var (path, text) in files)
        {
            if (!(await gitHub.Contents.GetFileAsync(repository, path, branch, cancellationToken).ConfigureAwait(false)).Found)
            {
                await gitHub.Contents.PutFileAsync(
                    repository,
                    new FileWrite { Path = path, Content = Encoding.UTF8.GetBytes(text), Message = $"Announcement: {title}", Branch = branch },
                    cancellationToken).ConfigureAwait(false);
            }
        }

        return await gitHub.PullRequests.CreateAsync(repository, title, body, branch, defaultBranch, cancellationToken).ConfigureAwait(false);
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
    /// <summary>Opened the election's announcement pull request with this announcement and notified the voters team (or, for the website, opened the page's pull request).</summary>
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

using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Candidates;

namespace Elections.App.Candidacy;

/// <summary>
/// Reads a nomination pull request from GitHub afresh (docs/candidacy.md "Where the truth lives"): the pull
/// request, its files against the base, reviews, comments and the added candidate file at the head (as data,
/// never executed), and the other open nomination pull requests.
/// </summary>
public static class NominationReader
{
    /// <summary>The pull request <paramref name="number"/>, or null when it does not exist or is no nomination.</summary>
    public static async Task<NominationRead?> ReadAsync(IGitHub gitHub, RepositoryRef repository, int number, string nominationLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        ArgumentNullException.ThrowIfNull(repository);
        var lookup = await gitHub.PullRequests.GetAsync(repository, number, cancellationToken).ConfigureAwait(false);
        if (!lookup.TryGetValue(out var pull))
        {
            return null;
        }

        return await ReadAsync(gitHub, repository, pull, nominationLabel, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The facts of <paramref name="pull"/>, or null when it is neither labelled as nor recognised as a nomination.</summary>
    public static async Task<NominationRead?> ReadAsync(IGitHub gitHub, RepositoryRef repository, PullRequest pull, string nominationLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        ArgumentNullException.ThrowIfNull(pull);
        var files = (await gitHub.PullRequests.ListFilesAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false)).Select(ToChangedFile).ToList();
        var labelled = pull.Labels.Any(label => string.Equals(label, nominationLabel, StringComparison.OrdinalIgnoreCase));
        if (!labelled && !NominationFileRule.IsNomination(files))
        {
            return null;
        }

        var reviews = await gitHub.PullRequests.ListReviewsAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false);
        var reopened = (await gitHub.Issues.ListStateChangesAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false))
            .Where(e => e.Event == "reopened")
            .Select(e => (DateTimeOffset?)e.CreatedAt)
            .LastOrDefault();
        var comments = await gitHub.Issues.ListCommentsAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false);
        var added = files.FirstOrDefault(f => f.Change == FileChange.Added && NominationFileRule.TryGetLogin(f.Path, out _));
        CandidateParseResult? headFile = null;
        if (added is not null)
        {
            var file = await gitHub.Contents.GetFileAsync(repository, added.Path, pull.HeadSha, cancellationToken).ConfigureAwait(false);
            headFile = file.TryGetValue(out var content) ? CandidateFileParser.Parse(added.Path, Encoding.UTF8.GetString(content.Content.Span)) : null;
        }

        var facts = new NominationFacts
        {
            Number = pull.Number,
            Author = Person(pull.Author),
            CreatedAt = pull.CreatedAt,
            State = pull.Merged ? PullRequestState.Merged : pull.IsOpen ? PullRequestState.Open : PullRequestState.Closed,
            ClosedAt = pull.IsOpen ? null : pull.ClosedAt ?? pull.MergedAt,
            ReopenedAt = reopened,
            HeadSha = pull.HeadSha,
            Files = files,
            Reviews = [.. reviews.Where(r => r.SubmittedAt is not null && r.State != ReviewState.Pending).Select(ToReview)],
            Comments = [.. comments.Select(c => new CommentFact(c.Id, Person(c.Author), c.Body, c.CreatedAt, c.UpdatedAt))],
            HeadFile = headFile,
        };
        return new NominationRead(pull, facts);
    }

    /// <summary>
    /// The pull request <paramref name="number"/> when it only deletes candidate files (a withdrawal,
    /// <see cref="NominationFileRule.IsWithdrawal"/>) and is open; null otherwise.
    /// </summary>
    public static async Task<(PullRequest Pull, WithdrawalFacts Facts)?> ReadWithdrawalAsync(IGitHub gitHub, RepositoryRef repository, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        var lookup = await gitHub.PullRequests.GetAsync(repository, number, cancellationToken).ConfigureAwait(false);
        if (!lookup.TryGetValue(out var pull) || !pull.IsOpen)
        {
            return null;
        }

        var files = (await gitHub.PullRequests.ListFilesAsync(repository, number, cancellationToken).ConfigureAwait(false)).Select(ToChangedFile).ToList();
        return NominationFileRule.IsWithdrawal(files)
            ? (pull, new WithdrawalFacts { Number = number, Author = Person(pull.Author), CreatedAt = pull.CreatedAt, Files = files })
            : null;
    }

    /// <summary>Every open pull request that adds a candidate file, with the login it names (one files read per open pull request).</summary>
    public static async Task<IReadOnlyList<OpenNomination>> ListOpenAsync(IGitHub gitHub, RepositoryRef repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        var open = new List<OpenNomination>();
        foreach (var pull in await gitHub.PullRequests.ListAsync(repository, PullRequestStateFilter.Open, cancellationToken).ConfigureAwait(false))
        {
            var files = await gitHub.PullRequests.ListFilesAsync(repository, pull.Number, cancellationToken).ConfigureAwait(false);
            var added = files.Where(f => f.Change == FileChangeKind.Added).Select(f => NominationFileRule.TryGetLogin(f.Path, out var login) ? login : "").FirstOrDefault(l => l.Length > 0);
            if (added is not null)
            {
                open.Add(new OpenNomination(pull.Number, added));
            }
        }

        return open;
    }

    private static Person Person(GitHubUser user) => new(user.Id, user.Kind == GitHubAccountKind.Bot && !user.Login.EndsWith("[bot]", StringComparison.Ordinal) ? user.Login + "[bot]" : user.Login);

    private static ReviewFact ToReview(PullRequestReview review) => new(
        review.Id,
        Person(review.Reviewer),
        review.State switch
        {
            ReviewState.Approved => ReviewVerdict.Approved,
            ReviewState.ChangesRequested => ReviewVerdict.ChangesRequested,
            ReviewState.Dismissed => ReviewVerdict.Dismissed,
            _ => ReviewVerdict.Commented,
        },
        review.SubmittedAt!.Value,
        review.CommitId);

    private static ChangedFile ToChangedFile(PullRequestFile file) => new(
        file.Path,
        file.Change switch
        {
            FileChangeKind.Added => FileChange.Added,
            FileChangeKind.Removed => FileChange.Removed,
            FileChangeKind.Modified => FileChange.Modified,
            FileChangeKind.Renamed => FileChange.Renamed,
            _ => FileChange.Other,
        },
        file.PreviousPath);
}
